export * from './blob-store';
export * from './config';
export * from './image-type';
export * from './images';
export * from './local-store';
