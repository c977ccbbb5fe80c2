// The report of one `geokg ingest` run (counts, skipped input, the progress
// line and the summary on stderr), and storing an article with its outcome
// reported.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "store/graph_store.h"

namespace geokg::cli {

// Counts, progress line and summary of one run.
class IngestReport {
 public:
  // `quiet`: no progress and no summary; `input_bytes`: the input's size, for the ETA (0: unknown).
  IngestReport(bool quiet, uint64_t input_bytes);

  // An article stored (or found unchanged) with `triples` triples read for it.
  void Outcome(IngestOutcome outcome, size_t triples);

  // Only the first `committed` articles counted by Outcome() reached the
  // database (a write failed): the summary counts those, and the rest as not stored.
  void KeepCommitted(uint64_t committed);

  // An article not stored because its id names a stored article from another
  // file: reported by name, always (each one is data the user may lose).
  void Conflict(const Article& article, const std::string& stored_file, bool error);

  // A skipped article, file or line: reported (the first few) and counted by reason.
  void Skip(const std::string& origin, const std::string& message, const std::string& reason, bool line);

  // The progress line (on a terminal, at most every 200 ms).
  void Tick(uint64_t bytes_done);

  // The one-line summary of the run (unless quiet).
  void Summary();

  uint64_t ingested() const { return new_ + unchanged_ + replaced_; }
  uint64_t failed() const { return failed_; }

 private:
  void ClearLine();
  double Seconds() const;

  bool quiet_, progress_, shown_ = false;
  uint64_t input_bytes_;
  uint64_t new_ = 0, unchanged_ = 0, replaced_ = 0, skipped_articles_ = 0, skipped_lines_ = 0, triples_ = 0;
  uint64_t failed_ = 0;  // id conflicts under --on-conflict error
  uint64_t reported_ = 0, not_stored_ = 0;
  std::vector<std::pair<IngestOutcome, size_t>> outcomes_;  // in the order of the writes
  std::map<std::string, uint64_t> reasons_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_tick_ = start_ - std::chrono::seconds(1);  // the first tick shows at once
};

// A short reason for the summary: the message up to its first detail.
std::string ReasonOf(const std::string& message);

// What --on-conflict asks for.
enum class ConflictPolicy { kReplace, kSkip, kError };

// Stores one article; reports an id conflict (IngestOutcome::kConflict) with
// the file the stored article came from. `counted` triples are new to the report.
Status PutAndReport(GraphStore* store, const Article& article, const std::vector<Triple>& triples, size_t counted,
                    ConflictPolicy policy, IngestReport* report);

}  // namespace geokg::cli
