export declare function readVars(file: string | URL): Record<string, string> | null;
export declare function writeVars(file: string | URL, secrets: Record<string, string>): void;
