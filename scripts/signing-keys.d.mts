export declare function runKeysCommand(argv: string[], options: { file: string | URL; now?: Date }): Promise<string>;
