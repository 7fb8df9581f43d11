// Who the phrases of one article refer to: the memory the coder consults
// when a noun phrase's own words name no actor.
//
//   Discourse discourse;                      // one per article coder
//   discourse.Clear();                        // a new article
//   for (each sentence) coder.Code(tree, date, options, &discourse);
//
// The coder calls BeginSentence() once per sentence, then for each entity in
// sentence order either Describe() (the dictionaries coded it) or Resolve()
// (they did not), and Remember()s what either returns. The rules, all
// within one article:
//  - Names. A person is a dictionary actor named by proper nouns at the end
//    of its phrase, without a determiner, with a role in its code (RUSGOV,
//    not RUS) and either two or more name words ("Sergei Lavrov"), a title
//    noun before the name ("Foreign Minister Lavrov") or a name word already
//    known as a person's. A later phrase of proper nouns, each a word of one
//    person's name or title ("Kim", "President Kim"), is that person.
//  - Pronouns. HE, SHE, HIM, HER: a person; THEY, THEM: a group (a plural
//    noun phrase, or a pair below); IT: anything else that names an actor (a
//    country, an organisation). The antecedent is the mention of that kind
//    nearest before the pronoun in its sentence, else the first in each
//    earlier sentence in turn (two at most), read left to right: subjects
//    come first.
//  - Role nouns. THE + a singular noun that the dictionary codes as an agent
//    only ("the minister", "the foreign minister": ---GOV) is the latest
//    person introduced with that noun among its titles.
//  - Possessives. ITS, HIS, HER or THEIR before nouns the dictionary codes
//    as an agent only ("its troops": ---MIL) take the country of the
//    pronoun's antecedent, found as for the pronouns above (ISRMIL).
//  - Pairs. "both sides" / "the two parties" are the latest pair of actors
//    named together ("talks between the army and the RSF"); "the two
//    countries" / "both nations" (likewise states, neighbours, allies,
//    governments) are that pair's countries when they differ, else the two
//    countries the article has mentioned most (as are "both sides" when no
//    pair was named). Either is coded "A/B" (the coder pairs them up as it
//    does any A/B code). "the two leaders" / "both ministers" (likewise
//    presidents, men) are the two latest persons of different countries. A
//    country is the first three letters of an actor code, other than IGO,
//    NGO, NGM and MNC.
// Nothing else is guessed: a phrase no rule fits keeps its dictionary code.
// Lookups cost no more than a hash probe or a scan of the last sentences'
// mentions, whatever the length of the article.
#ifndef DYAD_CODE_DISCOURSE_H_
#define DYAD_CODE_DISCOURSE_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/code/actor_coder.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

enum class ReferentKind : uint8_t { kPerson, kGroup, kThing };

// One noun phrase that names an actor.
struct Referent {
  std::string code;  // "RUSGOV"; "RUS/PRK" for a pair
  ReferentKind kind = ReferentKind::kThing;
  std::vector<std::string> name;    // a person's name words ("SERGEI", "LAVROV")
  std::vector<std::string> titles;  // nouns before a person's name ("MINISTER")
  bool counts_country = false;      // from the dictionaries: counts for "the two countries"
  int sentence = 0;                 // set by Remember
};

class Discourse {
 public:
  // Forgets everything: a new article begins.
  void Clear();
  // The next sentence begins.
  void BeginSentence();

  // What an entity the dictionaries coded tells later sentences; nullopt when
  // its code names no actor (empty, or an agent alone such as ---GOV).
  // `tokens` are its tree tokens in reading order, `coding` its ActorCoding.
  std::optional<Referent> Describe(const ParseTree& tree, std::span<const int32_t> tokens,
                                  const ActorCoding& coding) const;
  // Who an entity whose dictionary code `code` names no actor refers to, by
  // the rules above; nullopt when no rule applies.
  std::optional<Referent> Resolve(const ParseTree& tree, std::span<const int32_t> tokens, std::string_view code) const;
  // Adds a mention of the current sentence.
  void Remember(Referent mention);
  // Two different actors named together ("X and Y"), for "both sides".
  void RememberPair(std::string_view a, std::string_view b);

 private:
  std::optional<Referent> Refer(const ParseTree& tree, std::span<const int32_t> tokens, std::string_view code) const;
  std::optional<Referent> Pronoun(ReferentKind kind) const;
  std::optional<Referent> KnownPerson(const ParseTree& tree, std::span<const int32_t> tokens) const;
  std::optional<Referent> Pair(std::string_view noun) const;

  // Hashes std::string and std::string_view alike, so that the tables
  // below are probed with a word of the tree as it is, without a copy.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view word) const { return std::hash<std::string_view>()(word); }
  };
  using WordTable = std::unordered_map<std::string, Referent, WordHash, std::equal_to<>>;

  int sentence_ = -1;
  // Mentions of the current and the last few sentences, in reading order.
  std::deque<Referent> recent_;
  // The latest person with each name word, and with each title word.
  WordTable by_name_;
  WordTable by_title_;
  // Persons, latest last (a few).
  std::deque<Referent> persons_;
  // Countries by how often they were mentioned, in order of first mention.
  std::vector<std::pair<std::string, int>> countries_;
  // The latest pair named together; empty when none.
  std::string pair_first_, pair_second_;
};

}  // namespace dyad

#endif  // DYAD_CODE_DISCOURSE_H_
