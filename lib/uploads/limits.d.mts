export declare const MAX_UPLOAD_BYTES: number;
export declare const base64Length: (n: number) => number;
export declare const ENVELOPE_BYTES: number;
export declare const MAX_REQUEST_BODY_BYTES: number;
export declare const PROXY_BODY_BUFFER_BYTES: number;
