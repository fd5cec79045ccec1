// esbuild bundles the stylesheet imported by app.ts into app.css; TypeScript only needs to know the import exists.
declare module '*.css';
