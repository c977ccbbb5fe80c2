// Placeholder until the RocksDB implementation lands.
#include "store/graph_store.h"

namespace geokg {

Status GraphStore::Open(const std::string& path, const StoreOptions&, std::unique_ptr<GraphStore>*) {
  return Status::Unsupported("store not implemented yet: " + path);
}

}  // namespace geokg
