// The store: the domain State in one JSON file (or in memory), behind one small interface.
export { InvariantError, StoreError, type Store, type StoreErrorCode } from './store';
export { memoryStore } from './memory-store';
export { archiveDirOf, openFileStore, readWholeHistory, type FileStore, type FileStoreOptions } from './file-store';
export { DEFAULT_ARCHIVE, type ArchivePolicy } from './archive';
