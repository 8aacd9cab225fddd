export * from './blob-store';
export * from './default-dir';
export * from './image-type';
export * from './images';
export * from './local-store';
