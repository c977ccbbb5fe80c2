#include "cli/ingest_triples.h"

#include <iterator>
#include <map>
#include <unordered_set>
#include <vector>

#include "cli/triple_line_reader.h"

namespace geokg::cli {

namespace {

// Writes the articles of a --triples input: consecutive lines of one doc make
// one article (id = doc, date and source from its first triple, or --date).
class TriplesIngest {
 public:
  TriplesIngest(GraphStore* store, IngestReport* report, std::string name, std::string file, std::string default_date,
                ConflictPolicy policy)
      : store_(store),
        report_(report),
        name_(std::move(name)),
        file_(std::move(file)),
        default_date_(std::move(default_date)),
        policy_(policy) {}

  Status Run(std::istream* in) {
    TripleLineReader reader(in);
    std::vector<ParsedLine> chunk;
    while (reader.Next(&chunk)) {
      for (ParsedLine& line : chunk) {
        if (!line.status.ok()) {
          report_->Skip(name_ + ":" + std::to_string(line.line), line.status.message(),
                        ReasonOf(line.status.message()), /*line=*/true);
          continue;
        }
        if (line.triple.doc != article_.id) {
          if (Status s = FlushArticle(); !s.ok()) return s;
          StartArticle(line);
        }
        triples_.push_back(std::move(line.triple));
      }
      report_->Tick(reader.bytes_read());
    }
    if (reader.read_error()) return Status::IOError("cannot read " + name_);
    Status s = FlushArticle();
    for (auto& [id, held] : held_) {
      if (!s.ok()) break;
      s = Write(held.article, &held.triples, held.triples.size());
    }
    return s;
  }

 private:
  void StartArticle(const ParsedLine& line) {
    article_ = Article();
    article_.id = line.triple.doc;
    article_.date = line.triple.date.empty() ? default_date_ : line.triple.date;
    article_.source = line.triple.source;
    article_.origin = name_ + ":" + std::to_string(line.line);
    article_.file = file_;
  }

  // Writes the article whose lines just ended. A doc whose lines are not
  // consecutive becomes one article of all its lines: the first time in a run
  // merged with what its earlier lines stored; on a re-run, an article stored
  // with more triples than these lines is held until the input ends (its
  // other lines may follow), so that a re-run of the same input changes nothing.
  Status FlushArticle() {
    if (article_.id.empty()) return Status::OK();
    Status s;
    if (auto held = held_.find(article_.id); held != held_.end()) {
      std::move(triples_.begin(), triples_.end(), std::back_inserter(held->second.triples));
    } else if (!seen_.insert(article_.id).second) {
      std::vector<Triple> earlier;
      ArticleRecord stored;
      s = store_->GetArticle(article_.id, &stored, &earlier);
      if (s.ok()) {  // the article is what its first lines made it, as on a re-run
        article_.date = stored.date;
        article_.source = stored.source;
      }
      if (s.ok() || s.IsNotFound()) {
        triples_.insert(triples_.begin(), std::make_move_iterator(earlier.begin()),
                        std::make_move_iterator(earlier.end()));
        s = Write(article_, &triples_, triples_.size() - earlier.size());
      }
    } else {
      uint64_t stored = 0;
      s = store_->GetCommittedTripleCount(article_.id, &stored);
      if (s.ok() && stored > triples_.size()) {
        held_.emplace(article_.id, HeldArticle{article_, std::move(triples_)});
      } else if (s.ok() || s.IsNotFound()) {
        s = Write(article_, &triples_, triples_.size());
      }
    }
    triples_.clear();
    article_ = Article();
    return s;
  }

  // PutArticle, counting `lines` triples read for it.
  Status Write(const Article& article, std::vector<Triple>* triples, size_t lines) {
    Status s = PutAndReport(store_, article, *triples, lines, policy_, report_);
    if (s.IsInvalidArgument()) {
      report_->Skip(article.origin, "article '" + article.id + "': " + s.message(), "invalid article", false);
      s = Status::OK();
    }
    return s;
  }

  struct HeldArticle {
    Article article;
    std::vector<Triple> triples;
  };

  GraphStore* store_;
  IngestReport* report_;
  std::string name_, file_, default_date_;
  ConflictPolicy policy_;
  Article article_;
  std::vector<Triple> triples_;
  std::unordered_set<std::string> seen_;
  std::map<std::string, HeldArticle> held_;  // by id; written when the input ends
};

}  // namespace

Status IngestTriples(GraphStore* store, IngestReport* report, const std::string& name, const std::string& file,
                     const std::string& default_date, ConflictPolicy policy, std::istream* in) {
  TriplesIngest ingest(store, report, name, file, default_date, policy);
  return ingest.Run(in);
}

}  // namespace geokg::cli
