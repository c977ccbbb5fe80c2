#include "cli/triple_line_reader.h"

#include <algorithm>
#include <cstring>

#include "store/triple_line_parser.h"

namespace geokg::cli {

namespace {
constexpr size_t kChunkLines = 1024;
constexpr size_t kQueuedChunks = 8;
constexpr size_t kReadBlock = 1 << 20;
}  // namespace

TripleLineReader::TripleLineReader(std::istream* in) : in_(in), buffer_(kReadBlock), thread_([this] { Run(); }) {}

TripleLineReader::~TripleLineReader() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

bool TripleLineReader::Next(std::vector<ParsedLine>* chunk) {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return !queue_.empty() || done_; });
  if (queue_.empty()) return false;
  *chunk = std::move(queue_.front());
  queue_.pop_front();
  cv_.notify_all();
  return true;
}

void TripleLineReader::Run() {
  std::vector<ParsedLine> chunk;
  chunk.reserve(kChunkLines);
  std::string_view line;
  uint64_t number = 0;
  uint64_t length = 0;
  while (ReadLine(&line, &length)) {
    ++number;
    bytes_.fetch_add(length + 1, std::memory_order_relaxed);
    if (length <= kMaxTripleLineBytes && line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    ParsedLine& parsed = chunk.emplace_back();
    parsed.line = number;
    if (length > kMaxTripleLineBytes) {
      parsed.status = Status::InvalidArgument("line of " + std::to_string(length) + " bytes exceeds the limit of " +
                                              std::to_string(kMaxTripleLineBytes) + " bytes");
    } else {
      parsed.status = store::ParseTripleLine(line, &parsed.triple);
    }
    if (parsed.status.ok() && parsed.triple.doc.empty()) parsed.status = Status::InvalidArgument("missing \"doc\"");
    if (parsed.status.ok() && (parsed.triple.quad < 0 || parsed.triple.quad > 4)) {
      parsed.status = Status::InvalidArgument("\"quad\" must be 0..4");
    }
    if (chunk.size() >= kChunkLines) {
      if (!Push(&chunk)) return;
      chunk.reserve(kChunkLines);
    }
  }
  read_error_ = in_->bad();
  if (!chunk.empty()) Push(&chunk);
  std::lock_guard<std::mutex> lock(mu_);
  done_ = true;
  cv_.notify_all();
}

bool TripleLineReader::Fill() {
  // What the stream has at hand (at least a byte, waiting for it): a pipe's
  // lines go on as they arrive, not once a whole block has.
  std::streambuf* stream = in_->rdbuf();
  std::streamsize got = 0;
  if (stream->sgetc() != std::char_traits<char>::eof()) {
    std::streamsize ready = std::max<std::streamsize>(stream->in_avail(), 1);
    got = stream->sgetn(buffer_.data(), std::min(ready, static_cast<std::streamsize>(buffer_.size())));
  }
  pos_ = 0;
  end_ = got > 0 ? static_cast<size_t>(got) : 0;
  if (end_ == 0) in_->setstate(std::ios::eofbit);
  return end_ > 0;
}

bool TripleLineReader::ReadLine(std::string_view* line, uint64_t* length) {
  *length = 0;
  bool carried = false;  // the line began in an earlier block
  carry_.clear();
  for (;;) {
    if (pos_ == end_ && !Fill()) {
      *line = carry_;
      return *length > 0;
    }
    const char* start = buffer_.data() + pos_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
    size_t n = newline ? static_cast<size_t>(newline - start) : end_ - pos_;
    pos_ += n + (newline ? 1 : 0);
    if (newline && !carried) {
      *length = n;
      *line = std::string_view(start, n);
      return true;
    }
    carried = true;
    *length += n;
    if (*length <= kMaxTripleLineBytes) {
      carry_.append(start, n);
    } else {
      carry_.clear();
    }
    if (newline) {
      *line = carry_;
      return true;
    }
  }
}

bool TripleLineReader::Push(std::vector<ParsedLine>* chunk) {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return queue_.size() < kQueuedChunks || stop_; });
  if (stop_) return false;
  queue_.push_back(std::move(*chunk));
  chunk->clear();
  cv_.notify_all();
  return true;
}

}  // namespace geokg::cli
