// The whole data model, one file per domain.
export * from "./users";
export * from "./audit";
export * from "./campaigns";
