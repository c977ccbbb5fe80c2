// TripleLineReader: the lines of a `geokg ingest --triples` input, parsed on
// a thread of their own and handed over in chunks, in input order.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <istream>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace geokg::cli {

// A --triples line longer than this is skipped (a triple takes well under 10 KB).
constexpr uint64_t kMaxTripleLineBytes = 1 << 20;

// One non-blank line: its number (from 1) and the triple, or why it is not one.
struct ParsedLine {
  uint64_t line = 0;
  Status status;
  Triple triple;
};

class TripleLineReader {
 public:
  // Starts reading `in` (which must outlive the reader) at once.
  explicit TripleLineReader(std::istream* in);
  ~TripleLineReader();  // stops the thread, even mid-input
  TripleLineReader(const TripleLineReader&) = delete;
  TripleLineReader& operator=(const TripleLineReader&) = delete;

  // The next chunk of parsed lines; false at the end of the input.
  bool Next(std::vector<ParsedLine>* chunk);
  // Bytes read so far (for progress).
  uint64_t bytes_read() const { return bytes_.load(std::memory_order_relaxed); }
  // Whether reading failed (after Next() returned false).
  bool read_error() const { return read_error_; }

 private:
  void Run();
  // The next line without its '\n' in *line (a view into the read buffer, or
  // into carry_ for a line across two reads; left empty when it is longer
  // than kMaxTripleLineBytes, which is never held in memory) and its length
  // in *length; false at the end of the input.
  bool ReadLine(std::string_view* line, uint64_t* length);
  bool Fill();  // the next block of input into buffer_; false at its end
  bool Push(std::vector<ParsedLine>* chunk);

  std::istream* in_;
  std::vector<char> buffer_;  // the input is read in blocks (no copy for lines within one)
  size_t pos_ = 0, end_ = 0;
  std::string carry_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::vector<ParsedLine>> queue_;
  bool done_ = false, stop_ = false;
  std::atomic<bool> read_error_{false};
  std::atomic<uint64_t> bytes_{0};
  std::thread thread_;  // last: starts once the members above exist
};

}  // namespace geokg::cli
