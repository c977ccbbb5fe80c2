#include "store/async_writer.h"

#include "store/db_open.h"

namespace geokg::store {

AsyncWriter::AsyncWriter(rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> cfs, bool sync,
                         std::string db_path, std::unique_ptr<TableIngester> tables)
    : db_(db), cfs_(std::move(cfs)), path_(std::move(db_path)), tables_(std::move(tables)), thread_([this] { Run(); }) {
  options_.sync = sync;
}

AsyncWriter::~AsyncWriter() {
  Wait();
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

PendingWrites* AsyncWriter::Spare() {
  std::unique_lock<std::mutex> lock(mu_);
  PendingWrites* spare = &buffers_[spare_];
  cv_.wait(lock, [&] { return in_flight_ != spare; });
  return spare;
}

Status AsyncWriter::Submit(PendingWrites* writes) {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return in_flight_ == nullptr; });
  if (!error_.ok()) return error_;
  in_flight_ = writes;
  spare_ = writes == &buffers_[0] ? 1 : 0;
  cv_.notify_all();
  return Status::OK();
}

Status AsyncWriter::Wait() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return in_flight_ == nullptr; });
  return error_;
}

void AsyncWriter::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    cv_.wait(lock, [&] { return in_flight_ != nullptr || stop_; });
    if (in_flight_ == nullptr) return;  // stopping, nothing left
    PendingWrites* writes = in_flight_;
    lock.unlock();
    Status s;
    if (tables_) {
      s = tables_->Ingest(writes);
    } else {
      batch_.Clear();
      rocksdb::Status rs = writes->Build(cfs_, &batch_);
      if (rs.ok()) rs = db_->Write(options_, &batch_);
      s = FromRocks(rs, "cannot write to database " + path_);
    }
    writes->Clear();
    lock.lock();
    if (!s.ok() && error_.ok()) error_ = s;
    in_flight_ = nullptr;
    cv_.notify_all();
  }
}

}  // namespace geokg::store
