export const ruleCases = [];
