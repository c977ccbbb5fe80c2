#include "cli/ingest_report.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "cli/common.h"

namespace geokg::cli {

namespace {
using Clock = std::chrono::steady_clock;
constexpr size_t kMaxReportedSkips = 20;

std::string Duration(double seconds) {
  auto s = static_cast<uint64_t>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%llu:%02llu:%02llu", (unsigned long long)(s / 3600),
                               (unsigned long long)(s / 60 % 60), (unsigned long long)(s % 60));
  else std::snprintf(buf, sizeof buf, "%llu:%02llu", (unsigned long long)(s / 60), (unsigned long long)(s % 60));
  return buf;
}
}  // namespace

IngestReport::IngestReport(bool quiet, uint64_t input_bytes)
    : quiet_(quiet), progress_(!quiet && ::isatty(STDERR_FILENO)), input_bytes_(input_bytes) {}

void IngestReport::Outcome(IngestOutcome outcome, size_t triples) {
  switch (outcome) {
    case IngestOutcome::kNew: ++new_; break;
    case IngestOutcome::kUnchanged: ++unchanged_; break;
    case IngestOutcome::kReplaced: ++replaced_; break;
    case IngestOutcome::kConflict: return;  // reported by Conflict()
  }
  triples_ += triples;
  outcomes_.emplace_back(outcome, triples);
}

void IngestReport::KeepCommitted(uint64_t committed) {
  if (committed >= outcomes_.size()) return;
  not_stored_ = outcomes_.size() - committed;
  outcomes_.resize(committed);
  new_ = unchanged_ = replaced_ = triples_ = 0;
  for (const auto& [outcome, triples] : outcomes_) {
    (outcome == IngestOutcome::kNew ? new_ : outcome == IngestOutcome::kUnchanged ? unchanged_ : replaced_) += 1;
    triples_ += triples;
  }
}

void IngestReport::Conflict(const Article& article, const std::string& stored_file, bool error) {
  ++(error ? failed_ : skipped_articles_);
  if (!error) ++reasons_["id conflict"];
  ClearLine();
  std::cerr << "geokg ingest: " << article.origin << ": article id '" << article.id
            << "' already names an article with other content, read from " << stored_file << "; "
            << (error ? "not ingested (--on-conflict replace replaces it, skip keeps the stored one)"
                      : "kept the stored one, skipped")
            << "\n";
}

void IngestReport::Skip(const std::string& origin, const std::string& message, const std::string& reason, bool line) {
  ++(line ? skipped_lines_ : skipped_articles_);
  ++reasons_[reason];
  if (++reported_ <= kMaxReportedSkips) {
    ClearLine();
    std::cerr << "geokg ingest: " << origin << ": " << message << ", skipped\n";
  } else if (reported_ == kMaxReportedSkips + 1) {
    ClearLine();
    std::cerr << "geokg ingest: more skipped input is not listed; the summary counts it\n";
  }
}

void IngestReport::Tick(uint64_t bytes_done) {
  if (!progress_) return;
  auto now = Clock::now();
  if (now - last_tick_ < std::chrono::milliseconds(200)) return;
  last_tick_ = now;
  double elapsed = Seconds();
  uint64_t articles = new_ + unchanged_ + replaced_;
  std::string line = "ingest: " + Thousands(articles) + " articles, " + Thousands(triples_) + " triples, " +
                     Thousands(static_cast<uint64_t>(articles / std::max(elapsed, 1e-3))) + " articles/s, " +
                     Duration(elapsed) + " elapsed";
  if (input_bytes_ > 0 && bytes_done > 0 && bytes_done <= input_bytes_) {
    double left = elapsed * static_cast<double>(input_bytes_ - bytes_done) / static_cast<double>(bytes_done);
    line += ", ETA " + Duration(left) + " (" + std::to_string(bytes_done * 100 / input_bytes_) + "%)";
  }
  std::cerr << "\r" << line << "\x1b[K" << std::flush;
  shown_ = true;
}

void IngestReport::Summary() {
  ClearLine();
  if (quiet_) return;
  double elapsed = Seconds();
  std::string out = "geokg ingest: " + Thousands(new_ + unchanged_ + replaced_ + skipped_articles_) +
                    " articles (" + Thousands(new_) + " new, " + Thousands(unchanged_) + " unchanged, " +
                    Thousands(replaced_) + " replaced, " + Thousands(skipped_articles_) + " skipped)";
  if (not_stored_) out += ", " + Thousands(not_stored_) + " not stored (the write failed)";
  if (skipped_lines_) out += ", " + Thousands(skipped_lines_) + " lines skipped";
  if (failed_) out += ", " + Thousands(failed_) + " not ingested: their ids name other articles";
  if (!reasons_.empty()) {
    out += " [";
    bool first = true;
    for (const auto& [reason, count] : reasons_) {
      out += (first ? "" : ", ") + Thousands(count) + " " + reason;
      first = false;
    }
    out += "]";
  }
  char rate[64];
  std::snprintf(rate, sizeof rate, " in %.1f s (%s triples/s)", elapsed,
                Thousands(static_cast<uint64_t>(triples_ / std::max(elapsed, 1e-3))).c_str());
  std::cerr << out << ", " << Thousands(triples_) << " triples" << rate << "\n";
}

void IngestReport::ClearLine() {
  if (shown_) std::cerr << "\r\x1b[K" << std::flush;
  shown_ = false;
}

double IngestReport::Seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

// A short reason for the summary: the message up to its first detail.
std::string ReasonOf(const std::string& message) {
  std::string reason = message.substr(0, message.find_first_of("(:\n"));
  while (!reason.empty() && reason.back() == ' ') reason.pop_back();
  if (reason.size() > 40) reason = reason.substr(0, 40) + "...";
  return reason.empty() ? "unreadable" : reason;
}

// Stores one article; reports an id conflict (IngestOutcome::kConflict) with
// the file the stored article came from. `counted` triples are new to the report.
Status PutAndReport(GraphStore* store, const Article& article, const std::vector<Triple>& triples, size_t counted,
                    ConflictPolicy policy, IngestReport* report) {
  IngestOutcome outcome;
  Status s = store->PutArticle(article, triples, &outcome);
  if (!s.ok()) return s;
  if (outcome == IngestOutcome::kConflict) {
    ArticleRecord stored;
    if (s = store->GetArticle(article.id, &stored, nullptr); !s.ok()) return s;
    report->Conflict(article, stored.file, policy == ConflictPolicy::kError);
  }
  report->Outcome(outcome, counted);
  return Status::OK();
}

}  // namespace geokg::cli
