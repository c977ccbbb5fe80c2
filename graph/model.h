// The domain model of geokg: actors, relations (triples), their evidence,
// articles, and the aggregated records the store keeps.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

enum class ActorType : uint8_t {
  kCountry = 0,
  kGovernment,    // a body of a state: ministry, army, embassy, parliament
  kPerson,
  kOrganization,  // international organisation, alliance, coalition, organ
  kArmedGroup,
  kParty,
  kOther,
  kSector,  // a sector of a country: its military, police, rebels, protesters (CAMEO agents)
};
// Stored as its value: new types are appended.
constexpr int kActorTypeCount = 8;

enum class RelationKind : uint8_t { kEvent = 0, kAffiliation };
enum class Polarity : uint8_t { kPositive = 0, kNegative };
enum class Modality : uint8_t { kAsserted = 0, kFuture, kIntended, kRequested, kHypothetical };
constexpr int kModalityCount = 5;

// Lower-case names as they appear in every output format ("country", "armed_group",
// "event", "negative", "hypothetical"); Parse* accept exactly those names.
std::string_view ToString(ActorType type);
std::string_view ToString(RelationKind kind);
std::string_view ToString(Polarity polarity);
std::string_view ToString(Modality modality);
std::optional<ActorType> ParseActorType(std::string_view name);
std::optional<RelationKind> ParseRelationKind(std::string_view name);
std::optional<Polarity> ParsePolarity(std::string_view name);
std::optional<Modality> ParseModality(std::string_view name);

// An actor as one triple names it.
struct ActorRef {
  std::string id;       // canonical id: ISO 3166 alpha-3 for countries, a slug otherwise
  std::string name;     // canonical name
  ActorType type = ActorType::kOther;
  std::string country;  // ISO alpha-3 of the state it belongs to, or empty
  std::string surface;  // the form the text used ("Islamabad"), for the alias index
};

// Where a triple was found.
struct Evidence {
  uint32_t sentence = 0;   // 0-based index of the sentence in the article
  uint64_t start = 0;      // byte offsets of the sentence in the original input
  uint64_t end = 0;
  std::string text;        // the sentence
};

// One extracted relation: subject -predicate-> object.
struct Triple {
  std::string doc;         // article id
  ActorRef subject;
  std::string predicate;   // lemmatised relation ("ask", "consider join", "prime minister")
  ActorRef object;
  RelationKind kind = RelationKind::kEvent;
  Polarity polarity = Polarity::kPositive;
  Modality modality = Modality::kAsserted;
  std::string cameo;       // CAMEO code ("102"); empty for affiliations or unknown
  // CAMEO actor codes of subject and object at the event's date (PAKGOV,
  // USAMIL), or empty; written as "cameo_code" in the actors of a JSON line.
  std::string subject_cameo_code;
  std::string object_cameo_code;
  int quad = 0;            // quad class 1..4, 0 when no CAMEO code
  double goldstein = 0.0;
  std::string date;        // YYYY-MM-DD of the event (the article's, or stated), or empty
  std::string source;      // the outlet, or empty
  Evidence evidence;
};

// An article as read from a file or record.
struct Article {
  std::string id;      // ArticleId (extract/input/article_reader.h): URL, record id, path or hash
  std::string title;
  std::string date;    // YYYY-MM-DD or empty
  std::string url;
  std::string source;
  std::string text;    // the original bytes of the body
  std::string origin;  // where it was read from (path, path:line), for messages
  std::string file;    // the file it came from, absolute, or "<stdin>"; empty when unknown
};

// ---- Aggregated records kept by the store ----

struct Role {
  std::string title;     // "prime minister"
  std::string org_id;    // the country or organisation the role is in
  std::string first_seen;
  std::string last_seen;
};

struct ActorRecord {
  std::string id;
  std::string name;
  ActorType type = ActorType::kOther;
  std::string country;
  std::vector<std::string> aliases;  // every surface form seen, and the dictionary names
  std::vector<Role> roles;
  std::string first_seen;            // dates (YYYY-MM-DD)
  std::string last_seen;
  uint64_t mentions = 0;             // triples naming the actor
  uint64_t articles = 0;             // distinct articles naming the actor
};

// Identity of an edge: one edge per (subject, predicate, object, polarity, kind).
struct EdgeKey {
  std::string subject;
  std::string predicate;
  std::string object;
  Polarity polarity = Polarity::kPositive;
  RelationKind kind = RelationKind::kEvent;
  bool operator==(const EdgeKey&) const = default;
};

struct EdgeRecord {
  EdgeKey key;
  std::string cameo;
  int quad = 0;
  double goldstein = 0.0;
  uint64_t mentions = 0;   // evidence triples
  uint64_t articles = 0;   // distinct articles
  uint64_t sources = 0;    // distinct sources
  std::string first_date;
  std::string last_date;
  std::array<uint64_t, kModalityCount> modality_counts{};
};

struct EvidenceRecord {
  std::string doc;
  uint32_t sentence = 0;
  uint64_t start = 0;
  uint64_t end = 0;
  std::string date;
  std::string source;
  Modality modality = Modality::kAsserted;
  std::string text;
};

struct ArticleRecord {
  std::string id;
  std::string title;
  std::string date;
  std::string url;
  std::string source;
  std::string content_hash;  // hex
  uint64_t triples = 0;
  std::string file;          // Article::file when it was stored, else empty
};

}  // namespace geokg
