export declare const answerTextCases: { text: string; blocks: (string | { list: string[] })[] }[];
