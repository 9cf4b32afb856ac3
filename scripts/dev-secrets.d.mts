export declare const demoDepartments: { code: string; kk: string; ru: string; en: string }[];
export declare function generateDevSecrets(now?: Date): Promise<Record<string, string>>;
