// Regular English inflection for dictionary words. PETRARCH generates the
// regular forms of nouns (agents, synset members, issue phrases) and verbs so
// that dictionaries list only irregular ones; dyad does the same with English
// spelling rules (DEPLOYS, CARRIES, CARRIED, WATCHES), which PETRARCH's own
// rules got wrong (DEPLOIES, CARRYS, WATCHS). Words are upper-case ASCII.
#ifndef DYAD_DICT_ENGLISH_FORMS_H_
#define DYAD_DICT_ENGLISH_FORMS_H_

#include <string>
#include <string_view>

namespace dyad {

// The plural of a noun: +ES after S, X, Z, CH, SH; consonant+Y -> IES; else +S.
// Requires a non-empty word.
std::string NounPlural(std::string_view word);

struct VerbForms {
  std::string third_person;  // DEPLOYS, CARRIES, WATCHES
  std::string past;          // DEPLOYED, CARRIED, AGREED
  std::string participle;    // DEPLOYING, CARRYING, USING, AGREEING
};

// The regular forms of a verb. Consonant doubling (STOPPED) is not guessed:
// dictionaries write such forms out. Requires a non-empty word.
VerbForms RegularVerbForms(std::string_view verb);

}  // namespace dyad

#endif  // DYAD_DICT_ENGLISH_FORMS_H_
