#include "extract/extractor.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "extract/actor_knowledge.h"
#include "extract/boilerplate.h"
#include "extract/cameo_actor_code.h"
#include "extract/dictionary.h"
#include "extract/memberships.h"
#include "extract/mentions.h"
#include "extract/relation_arguments.h"
#include "extract/relations.h"
#include "extract/relative_date.h"
#include "graph/cameo.h"
#include "graph/names.h"

namespace geokg {
namespace {

class RuleExtractor : public Extractor {
 public:
  RuleExtractor(std::unique_ptr<Dictionary> dictionary, std::string default_date)
      : dictionary_(std::move(dictionary)),
        knowledge_(*dictionary_),
        mentions_(knowledge_),
        relations_(*dictionary_),
        cameo_codes_(knowledge_),
        default_date_(std::move(default_date)) {
    const auto& actors = dictionary_->actors();
    for (size_t i = 0; i < actors.size(); ++i) {
      by_name_[NormalizeName(actors[i].id)].push_back(static_cast<int>(i));
      by_name_[NormalizeName(actors[i].name)].push_back(static_cast<int>(i));
      for (const auto& alias : actors[i].aliases) by_name_[NormalizeName(alias)].push_back(static_cast<int>(i));
    }
  }

  Status Extract(const Article& article, std::vector<Triple>* triples) const override {
    return Run(article, triples, nullptr);
  }
  Status Analyze(const Article& article, const SentenceObserver& observer) const override {
    std::vector<Triple> ignored;
    return Run(article, &ignored, &observer);
  }
  std::vector<ActorRef> LookupName(std::string_view name) const override;

 private:
  Status Run(const Article& article, std::vector<Triple>* triples, const SentenceObserver* observer) const;
  Triple MakeTriple(const Article& article, const Sentence& sentence, size_t index, const std::string& date) const;
  // True when the sentence has a phrase of the discard list (PETRARCH discards).
  bool Discarded(std::string_view sentence) const;

  std::unique_ptr<Dictionary> dictionary_;
  ActorKnowledge knowledge_;
  MentionFinder mentions_;
  RelationFinder relations_;
  CameoActorCoder cameo_codes_;
  std::string default_date_;
  std::unordered_map<std::string, std::vector<int>> by_name_;
};

// The country a person serves: from the article's stated roles, else the dictionary.
std::string PersonCountry(const ActorRef& person, const ArticleContext& context) {
  for (const auto& [id, country] : context.person_countries) {
    if (id == person.id) return country;
  }
  return person.country;
}

// A state's own organ: one of its government bodies, or its armed sectors
// (military, police, intelligence: "PHL-MIL").
bool IsStateOrgan(const ActorRef& actor) {
  if (actor.type == ActorType::kGovernment) return true;
  if (actor.type != ActorType::kSector || actor.country.empty()) return false;
  const std::string_view suffix = std::string_view(actor.id).substr(std::min(actor.id.size(), actor.country.size() + 1));
  return suffix == "MIL" || suffix == "COP" || suffix == "SPY";
}

Triple RuleExtractor::MakeTriple(const Article& article, const Sentence& sentence, size_t index,
                                 const std::string& date) const {
  Triple t;
  t.doc = article.id;
  t.date = date;
  t.source = article.source;
  t.evidence.sentence = static_cast<uint32_t>(index);
  t.evidence.start = sentence.start;
  t.evidence.end = sentence.end;
  t.evidence.text = article.text.substr(sentence.start, sentence.end - sentence.start);
  return t;
}

bool RuleExtractor::Discarded(std::string_view sentence) const {
  if (dictionary_->discards().empty()) return false;
  std::string text = " ";
  for (char c : sentence) text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& phrase : dictionary_->discards()) {
    if (text.find(" " + phrase) != std::string::npos) return true;
  }
  return false;
}

Status RuleExtractor::Run(const Article& article, std::vector<Triple>* triples, const SentenceObserver* observer) const {
  if (!IsValidUtf8(article.text)) {
    return Status::InvalidArgument(article.origin + ": text is not valid UTF-8");
  }
  std::vector<Sentence> sentences = SplitSentences(article.text);
  // Sentence indexes count every sentence of the input, boilerplate included.
  std::vector<size_t> index_of;
  {
    std::unordered_map<uint32_t, size_t> by_start;
    for (size_t i = 0; i < sentences.size(); ++i) by_start[sentences[i].start] = i;
    DropBoilerplate(&sentences);
    for (const auto& s : sentences) index_of.push_back(by_start[s.start]);
  }
  ArticleContext context;
  context.date = article.date.empty() ? default_date_ : article.date;
  context.home_country = mentions_.HomeCountry(sentences);

  std::set<std::tuple<std::string, std::string, std::string, int, int>> seen;
  auto emit = [&](Triple&& t) {
    auto key = std::make_tuple(t.subject.id, t.predicate, t.object.id, static_cast<int>(t.polarity),
                               static_cast<int>(t.kind));
    if (!seen.insert(key).second) return;
    t.subject_cameo_code = cameo_codes_.Code(t.subject, t.date);
    t.object_cameo_code = cameo_codes_.Code(t.object, t.date);
    triples->push_back(std::move(t));
  };
  for (size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    if (Discarded(std::string_view(article.text).substr(sentence.start, sentence.end - sentence.start))) continue;
    std::vector<Affiliation> affiliations;
    std::vector<Mention> found = mentions_.Find(sentence, index_of[s], &context, &affiliations);
    const std::vector<Affiliation> memberships = FindMemberships(sentence.tokens, found, index_of[s]);
    affiliations.insert(affiliations.end(), memberships.begin(), memberships.end());
    for (const auto& a : affiliations) {
      if (a.person.id == a.org.id) continue;
      std::string country = a.org.type == ActorType::kCountry ? a.org.id : a.org.country;
      if (!country.empty()) context.person_countries.emplace_back(a.person.id, country);
      Triple t = MakeTriple(article, sentence, index_of[s], context.date);
      t.subject = a.person;
      t.object = a.org;
      t.predicate = a.role;
      t.kind = a.event ? RelationKind::kEvent : RelationKind::kAffiliation;
      if (a.event) {
        t.cameo = relations_.CodeOf(a.role);
        t.quad = QuadClassOfCameo(t.cameo);
        if (const CameoCode* code = dictionary_->Cameo(t.cameo)) t.goldstein = code->goldstein;
      }
      emit(std::move(t));
    }
    ActorRef subject_hint;
    std::string event_date = ResolveEventDate(sentence.tokens, context.date);
    const RelationArguments arguments(sentence, found);
    if (observer) (*observer)(index_of[s], sentence, arguments.analysis());
    for (auto& hit : relations_.Find(sentence, found, arguments, &subject_hint)) {
      // A person acting on the state they serve is a role, not an event; so is
      // a state acting on its own official ("Australia sent its minister").
      if (hit.subject.type == ActorType::kPerson && hit.object.type == ActorType::kCountry &&
          PersonCountry(hit.subject, context) == hit.object.id) {
        continue;
      }
      if (hit.object.type == ActorType::kPerson && hit.subject.type == ActorType::kCountry &&
          PersonCountry(hit.object, context) == hit.subject.id) {
        continue;
      }
      // Likewise a body of a state ("Iran's UN mission warned Iran" is a misreading),
      // and a state acting on its own organs: what it does to its forces
      // ("sailed to deliver supplies to Filipino forces", "mobilised its army") is
      // its own administration, not a relation between actors.
      if (hit.subject.type == ActorType::kGovernment && hit.object.type == ActorType::kCountry &&
          hit.subject.country == hit.object.id) {
        continue;
      }
      if (hit.subject.type == ActorType::kCountry && IsStateOrgan(hit.object) && hit.object.country == hit.subject.id) {
        continue;
      }
      // "NATO ally Greece" states a membership, not an alliance NATO formed.
      if (std::any_of(memberships.begin(), memberships.end(), [&](const Affiliation& a) {
            return (a.person.id == hit.object.id && a.org.id == hit.subject.id) ||
                   (a.person.id == hit.subject.id && a.org.id == hit.object.id);
          })) {
        continue;
      }
      Triple t = MakeTriple(article, sentence, index_of[s], event_date);
      t.subject = hit.subject;
      t.object = hit.object;
      t.predicate = hit.predicate;
      t.polarity = hit.polarity;
      t.modality = hit.modality;
      t.cameo = hit.cameo;
      t.quad = QuadClassOfCameo(hit.cameo);
      if (const CameoCode* code = dictionary_->Cameo(hit.cameo)) t.goldstein = code->goldstein;
      emit(std::move(t));
    }
    // Antecedents for pronouns in the next sentences.
    if (!subject_hint.id.empty()) {
      if (subject_hint.type == ActorType::kPerson) context.last_person = subject_hint;
      else context.last_actor = subject_hint;
    } else {
      for (const auto& m : found) {
        if (m.pronoun) continue;
        if (m.actor.type == ActorType::kPerson) {
          context.last_person = m.actor;
          break;
        }
      }
    }
  }
  return Status::OK();
}

std::vector<ActorRef> RuleExtractor::LookupName(std::string_view name) const {
  std::vector<ActorRef> out;
  auto it = by_name_.find(NormalizeName(name));
  if (it == by_name_.end()) return out;
  std::set<std::string> ids;
  for (int index : it->second) {
    ActorRef ref = knowledge_.Ref(index);
    if (ids.insert(ref.id).second) out.push_back(ref);
  }
  return out;
}

}  // namespace

Status Extractor::Create(const ExtractorOptions& options, std::unique_ptr<Extractor>* extractor) {
  auto dictionary = std::make_unique<Dictionary>();
  Status s = Dictionary::Load(options.dictionary_paths, dictionary.get());
  if (!s.ok()) return s;
  *extractor = std::make_unique<RuleExtractor>(std::move(dictionary), options.default_date);
  return Status::OK();
}

}  // namespace geokg
