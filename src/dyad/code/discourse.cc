#include "dyad/code/discourse.h"

#include <algorithm>
#include <utility>

#include "dyad/base/text.h"

namespace dyad {
namespace {

// Pronouns look this many sentences back besides their own.
constexpr int kPronounReach = 2;
// Persons kept for "the two leaders".
constexpr size_t kRecentPersons = 8;

constexpr std::string_view kCountryNouns[] = {"COUNTRIES", "NATIONS", "STATES",     "NEIGHBOURS",
                                              "NEIGHBORS", "ALLIES",  "GOVERNMENTS"};
constexpr std::string_view kSideNouns[] = {"SIDES", "PARTIES"};
constexpr std::string_view kPersonNouns[] = {"LEADERS", "MINISTERS", "PRESIDENTS", "MEN"};
constexpr std::string_view kNotCountries[] = {"IGO", "NGO", "NGM", "MNC"};

bool OneOf(std::string_view word, std::span<const std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsProperNoun(std::string_view tag) { return tag == "NNP" || tag == "NNPS"; }
bool IsNoun(std::string_view tag) { return StartsWith(tag, "NN"); }

std::string_view CountryOf(std::string_view code) {
  if (code.size() < 3 || code[0] == '-') return {};
  std::string_view prefix = code.substr(0, 3);
  return OneOf(prefix, kNotCountries) ? std::string_view() : prefix;
}

bool Contains(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

void Discourse::Clear() {
  sentence_ = -1;
  recent_.clear();
  by_name_.clear();
  by_title_.clear();
  persons_.clear();
  countries_.clear();
  pair_first_.clear();
  pair_second_.clear();
}

void Discourse::BeginSentence() {
  ++sentence_;
  while (!recent_.empty() && recent_.front().sentence < sentence_ - kPronounReach) recent_.pop_front();
}

std::optional<Referent> Discourse::Describe(const ParseTree& tree, std::span<const int32_t> tokens,
                                           const ActorCoding& coding) const {
  if (!NamesActor(coding.code) || tokens.empty()) return std::nullopt;
  Referent m;
  m.code = coding.code;
  m.counts_country = true;
  const std::string_view last_tag = tree.tag(tokens.back());
  m.kind = last_tag == "NNS" || last_tag == "NNPS" ? ReferentKind::kGroup : ReferentKind::kThing;

  // A person: a proper name closing the phrase, no determiner, a role.
  if (!coding.has_actor() || coding.actor_end != tokens.size() || tree.tag(tokens[0]) == "DT" ||
      coding.code.size() <= 3) {
    return m;
  }
  std::vector<std::string> name, titles;
  for (size_t k = coding.actor_begin; k < coding.actor_end; ++k) {
    if (!IsProperNoun(tree.tag(tokens[k]))) return m;
    name.emplace_back(tree.norm(tokens[k]));
  }
  for (size_t k = 0; k < coding.actor_begin; ++k) {
    if (IsNoun(tree.tag(tokens[k]))) titles.emplace_back(tree.norm(tokens[k]));
  }
  if (name.size() == 1 && titles.empty()) {
    // A surname alone is a person when the article has named that person.
    auto known = by_name_.find(name[0]);
    if (known == by_name_.end() || known->second.code != coding.code) return m;
    name = known->second.name;
    titles = known->second.titles;
  }
  m.kind = ReferentKind::kPerson;
  m.name = std::move(name);
  m.titles = std::move(titles);
  return m;
}

std::optional<Referent> Discourse::Resolve(const ParseTree& tree, std::span<const int32_t> tokens,
                                          std::string_view code) const {
  std::optional<Referent> found = Refer(tree, tokens, code);
  // Referring back is not another mention of the country.
  if (found) found->counts_country = false;
  return found;
}

std::optional<Referent> Discourse::Refer(const ParseTree& tree, std::span<const int32_t> tokens,
                                        std::string_view code) const {
  if (tokens.empty() || NamesActor(code)) return std::nullopt;
  const std::string_view first = tree.norm(tokens[0]);
  const std::string_view last = tree.norm(tokens.back());
  if (tokens.size() == 1 && tree.tag(tokens[0]) == "PRP") {
    if (first == "HE" || first == "SHE" || first == "HIM" || first == "HER") return Pronoun(ReferentKind::kPerson);
    if (first == "THEY" || first == "THEM") return Pronoun(ReferentKind::kGroup);
    if (first == "IT") return Pronoun(ReferentKind::kThing);
    return std::nullopt;
  }
  if (std::optional<Referent> person = KnownPerson(tree, tokens)) return person;
  // "its troops": an agent alone after a possessive pronoun.
  if (tree.tag(tokens[0]) == "PRP$" && tokens.size() >= 2 && StartsWith(code, "---") && code.size() > 3) {
    std::optional<Referent> owner;
    if (first == "ITS") owner = Pronoun(ReferentKind::kThing);
    if (first == "HIS" || first == "HER") owner = Pronoun(ReferentKind::kPerson);
    if (first == "THEIR") owner = Pronoun(ReferentKind::kGroup);
    std::string_view country = owner ? CountryOf(owner->code) : std::string_view();
    if (country.empty()) return std::nullopt;
    Referent r;
    r.code = std::string(country) + std::string(code.substr(3));
    const std::string_view tag = tree.tag(tokens.back());
    r.kind = tag == "NNS" || tag == "NNPS" ? ReferentKind::kGroup : ReferentKind::kThing;
    return r;
  }
  // "the minister": an agent alone, a singular noun, a title seen before.
  if (first == "THE" && tokens.size() >= 2 && StartsWith(code, "---") && code.size() > 3 &&
      tree.tag(tokens.back()) == "NN") {
    auto titled = by_title_.find(last);
    if (titled != by_title_.end()) return titled->second;
  }
  // "the two countries", "both sides".
  const bool two = tokens.size() >= 2 && (first == "BOTH" || (first == "THE" && tree.norm(tokens[1]) == "TWO"));
  if (two) return Pair(last);
  return std::nullopt;
}

std::optional<Referent> Discourse::Pronoun(ReferentKind kind) const {
  // The current sentence nearest first ("Hamas said it ..., if Israel
  // withdrew its troops"), then each earlier sentence left to right.
  for (auto m = recent_.rbegin(); m != recent_.rend() && m->sentence == sentence_; ++m) {
    if (m->kind == kind) return *m;
  }
  for (int s = sentence_ - 1; s >= sentence_ - kPronounReach; --s) {
    for (const Referent& m : recent_) {
      if (m.sentence == s && m.kind == kind) return m;
    }
  }
  return std::nullopt;
}

std::optional<Referent> Discourse::KnownPerson(const ParseTree& tree, std::span<const int32_t> tokens) const {
  if (tokens.size() > 3 || by_name_.empty()) return std::nullopt;
  const Referent* person = nullptr;
  for (int32_t t : tokens) {
    if (!IsProperNoun(tree.tag(t))) return std::nullopt;
    auto it = by_name_.find(tree.norm(t));
    if (it != by_name_.end()) person = &it->second;
  }
  if (person == nullptr) return std::nullopt;
  for (int32_t t : tokens) {
    std::string_view w = tree.norm(t);
    if (!Contains(person->name, w) && !Contains(person->titles, w)) return std::nullopt;
  }
  return *person;
}

std::optional<Referent> Discourse::Pair(std::string_view noun) const {
  Referent pair;
  pair.kind = ReferentKind::kGroup;
  const bool sides = OneOf(noun, kSideNouns);
  if (sides && !pair_first_.empty()) {
    pair.code = pair_first_ + "/" + pair_second_;
    return pair;
  }
  if (sides || OneOf(noun, kCountryNouns)) {
    const std::string_view a = CountryOf(pair_first_), b = CountryOf(pair_second_);
    if (!a.empty() && !b.empty() && a != b) {
      pair.code = std::string(a) + "/" + std::string(b);
      return pair;
    }
    if (countries_.size() < 2) return std::nullopt;
    // The two most mentioned; stable, so earlier first mention wins a tie.
    std::vector<std::pair<std::string, int>> ranked = countries_;
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    pair.code = ranked[0].first + "/" + ranked[1].first;
    return pair;
  }
  if (OneOf(noun, kPersonNouns)) {
    for (auto later = persons_.rbegin(); later != persons_.rend(); ++later) {
      for (auto earlier = later + 1; earlier != persons_.rend(); ++earlier) {
        if (CountryOf(earlier->code) != CountryOf(later->code)) {
          pair.code = earlier->code + "/" + later->code;
          return pair;
        }
      }
    }
  }
  return std::nullopt;
}

void Discourse::RememberPair(std::string_view a, std::string_view b) {
  pair_first_ = std::string(a);
  pair_second_ = std::string(b);
}

void Discourse::Remember(Referent mention) {
  mention.sentence = sentence_;
  if (mention.counts_country) {
    if (std::string_view country = CountryOf(mention.code); !country.empty()) {
      auto it = std::find_if(countries_.begin(), countries_.end(), [&](const auto& c) { return c.first == country; });
      if (it == countries_.end()) {
        countries_.emplace_back(std::string(country), 1);
      } else {
        ++it->second;
      }
    }
  }
  if (mention.kind == ReferentKind::kPerson) {
    Referent stored = mention;
    stored.counts_country = false;
    for (const std::string& w : mention.name) by_name_[w] = stored;
    for (const std::string& w : mention.titles) by_title_[w] = stored;
    persons_.push_back(stored);
    if (persons_.size() > kRecentPersons) persons_.pop_front();
  }
  recent_.push_back(std::move(mention));
}

}  // namespace dyad
