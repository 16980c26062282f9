// The whole data model, one file per domain.
export * from "./users";
export * from "./two-factor";
export * from "./audit";
export * from "./campaigns";
export * from "./cases";
export * from "./contacts";
export * from "./lists";
export * from "./appeals";
export * from "./incoming";
export * from "./letters";
export * from "./events";
export * from "./activities";
export * from "./imports";
export * from "./search";
export * from "./dashboard";
