// The small graph the query tests ask questions about, written through the
// GraphStore API: six articles, ten actors, thirteen relations.
//
//  d6 2022-12-01 AP      GEO meet USA; us-ga criticise USA; un urge PAK
//  d1 2023-01-10 Dawn    PAK criticise IND; USA urge PAK
//  d2 2023-01-25 Reuters PAK criticise IND; IND criticise PAK
//  d3 2023-02-14 Dawn    USA provide aid PAK; CHN meet PAK
//  d4 2023-04-02 Reuters ttp attack PAK; imran-khan chairman pti (affiliation);
//                        imran-khan prime minister PAK (affiliation)
//  d5 2023-04-20 AP      CHN meet PAK; USA meet IND; PAK not meet IND (future)
//
// "Georgia" names two actors (GEO and us-ga): the ambiguous case.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "store/graph_store.h"
#include "tests/test_util.h"

namespace geokg::testing {

inline ActorRef Ref(const std::string& id, const std::string& surface) {
  struct Known {
    const char* id;
    const char* name;
    ActorType type;
    const char* country;
  };
  static const Known kActors[] = {
      {"PAK", "Pakistan", ActorType::kCountry, "PAK"},
      {"IND", "India", ActorType::kCountry, "IND"},
      {"USA", "United States", ActorType::kCountry, "USA"},
      {"CHN", "China", ActorType::kCountry, "CHN"},
      {"GEO", "Georgia", ActorType::kCountry, "GEO"},
      {"us-ga", "Georgia", ActorType::kGovernment, "USA"},
      {"imran-khan", "Imran Khan", ActorType::kPerson, "PAK"},
      {"pti", "Pakistan Tehreek-e-Insaf", ActorType::kParty, "PAK"},
      {"ttp", "Tehrik-i-Taliban Pakistan", ActorType::kArmedGroup, "PAK"},
      {"un", "United Nations", ActorType::kOrganization, ""},
  };
  for (const auto& k : kActors) {
    if (id == k.id) return ActorRef{k.id, k.name, k.type, k.country, surface};
  }
  ADD_FAILURE() << "unknown fixture actor " << id;
  return ActorRef{};
}

struct FixtureTriple {
  std::string subject, subject_surface, predicate, object, object_surface;
  RelationKind kind;
  Polarity polarity;
  Modality modality;
  std::string cameo;
  int quad;
  double goldstein;
  std::string text;
};

struct FixtureArticle {
  std::string id, date, source;
  std::vector<FixtureTriple> triples;
};

inline std::vector<FixtureArticle> FixtureArticles() {
  const auto E = RelationKind::kEvent;
  const auto A = RelationKind::kAffiliation;
  const auto P = Polarity::kPositive;
  const auto N = Polarity::kNegative;
  const auto S = Modality::kAsserted;
  return {
      {"d6", "2022-12-01", "AP",
       {{"GEO", "Georgia", "meet", "USA", "the United States", E, P, S, "036", 1, 4.0,
         "Georgia met the United States."},
        {"us-ga", "Georgia", "criticise", "USA", "Washington", E, P, S, "111", 3, -2.0,
         "Georgia criticised Washington."},
        {"un", "UN", "urge", "PAK", "Pakistan", E, P, S, "020", 1, 3.0,
         "The UN urged Pakistan to talk."}}},
      {"d1", "2023-01-10", "Dawn",
       {{"PAK", "Islamabad", "criticise", "IND", "India", E, P, S, "111", 3, -2.0,
         "Islamabad criticised India over the dam."},
        {"USA", "The United States", "urge", "PAK", "Pakistan", E, P, S, "020", 1, 3.0,
         "The United States urged Pakistan to show restraint."}}},
      {"d2", "2023-01-25", "Reuters",
       {{"PAK", "Pakistan", "criticise", "IND", "India", E, P, S, "111", 3, -2.0,
         "Pakistan again criticised India."},
        {"IND", "New Delhi", "criticise", "PAK", "Pakistan", E, P, S, "111", 3, -2.0,
         "New Delhi criticised Pakistan, \"again\"."}}},
      {"d3", "2023-02-14", "Dawn",
       {{"USA", "Washington", "provide aid", "PAK", "Pakistan", E, P, S, "070", 2, 7.0,
         "Washington provided aid to Pakistan."},
        {"CHN", "Beijing", "meet", "PAK", "Pakistan", E, P, S, "036", 1, 4.0,
         "Beijing met Pakistan's foreign minister."}}},
      {"d4", "2023-04-02", "Reuters",
       {{"ttp", "TTP", "attack", "PAK", "Pakistan", E, P, S, "190", 4, -10.0,
         "The TTP attacked Pakistani forces."},
        {"imran-khan", "Imran Khan", "chairman", "pti", "PTI", A, P, S, "", 0, 0.0,
         "Imran Khan, the PTI chairman, spoke."},
        {"imran-khan", "Khan", "prime minister", "PAK", "Pakistan", A, P, S, "", 0, 0.0,
         "Former prime minister Khan of Pakistan spoke."}}},
      {"d5", "2023-04-20", "AP",
       {{"CHN", "China", "meet", "PAK", "Pakistan", E, P, S, "036", 1, 4.0,
         "China met Pakistan again."},
        {"USA", "The US", "meet", "IND", "India", E, P, S, "036", 1, 4.0, "The US met India."},
        {"PAK", "Pakistan", "meet", "IND", "India", E, N, Modality::kFuture, "036", 1, 4.0,
         "Pakistan will not meet India."}}},
  };
}

// Writes the fixture graph into a new database at `path`.
inline void BuildFixtureDb(const std::string& path) {
  std::unique_ptr<GraphStore> store;
  StoreOptions options;
  Status status = GraphStore::Open(path, options, &store);
  ASSERT_TRUE(status.ok()) << status.ToString();
  for (const auto& fa : FixtureArticles()) {
    Article article;
    article.id = fa.id;
    article.date = fa.date;
    article.source = fa.source;
    article.title = "Article " + fa.id;
    article.url = "https://news.example/" + fa.id;
    std::vector<Triple> triples;
    uint64_t offset = 0;
    for (size_t i = 0; i < fa.triples.size(); ++i) {
      const auto& ft = fa.triples[i];
      article.text += ft.text + " ";
      Triple t;
      t.doc = fa.id;
      t.subject = Ref(ft.subject, ft.subject_surface);
      t.predicate = ft.predicate;
      t.object = Ref(ft.object, ft.object_surface);
      t.kind = ft.kind;
      t.polarity = ft.polarity;
      t.modality = ft.modality;
      t.cameo = ft.cameo;
      t.quad = ft.quad;
      t.goldstein = ft.goldstein;
      t.date = fa.date;
      t.source = fa.source;
      t.evidence.sentence = static_cast<uint32_t>(i);
      t.evidence.start = offset;
      t.evidence.end = offset + ft.text.size();
      t.evidence.text = ft.text;
      offset += ft.text.size() + 1;
      triples.push_back(std::move(t));
    }
    IngestOutcome outcome;
    status = store->PutArticle(article, triples, &outcome);
    ASSERT_TRUE(status.ok()) << status.ToString();
  }
  status = store->Flush();
  ASSERT_TRUE(status.ok()) << status.ToString();
}

// A database with the fixture graph, built once per test binary.
class QueryFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    BuildFixtureDb(dir_->Join("graph.db"));
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  // Runs `geokg <args> --db <fixture>`.
  static CommandResult Geokg(const std::string& args) {
    return RunGeokg(args + " --db " + ShellQuote(dir_->Join("graph.db")));
  }
  static std::string DbPath() { return dir_->Join("graph.db"); }

  static inline TempDir* dir_ = nullptr;
};

}  // namespace geokg::testing
