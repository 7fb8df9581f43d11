// Where a verb's clause begins and ends in the parse tree: the facts the
// coder needs to keep a verb's source and target inside its own clause
// ("Wang said that Iranian diplomats had backed the plan" — the diplomats
// backed it, not Wang) and to leave out verbs that report no event of their
// own.
//
// Every function takes the node of a verb phrase (a VP whose first child is
// the verb's preterminal) and reads the tree only; none allocates more than a
// few words.
#ifndef DYAD_CODE_CLAUSE_ROLES_H_
#define DYAD_CODE_CLAUSE_ROLES_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "dyad/tree/parse_tree.h"

namespace dyad {

// The first token of the verb's subject: the nearest noun phrase before the
// VP among the children of its ancestors, walking up from the VP ("diplomats"
// in "said that diplomats had backed"; "minister Fidan" in the headline parse
// "(VP says (NP minister Fidan) (S (VP met ...)))").
// Temporal noun phrases (NP-TMP) are passed over. -1 when there is none.
int32_t SubjectStart(const ParseTree& tree, int vp);

// The token ranges [begin, end) of the finite clauses with a subject of their
// own inside the VP, outermost only: an S that has a noun phrase before a VP
// whose verb is finite (VBD, VBZ, VBP or a modal). "admitted [it had
// shelled the port]" has one; "urged Russia to withdraw" has none (the
// infinitive is not finite), nor has "saw troops attacking".
std::vector<std::pair<int32_t, int32_t>> FiniteClausesInside(const ParseTree& tree, int vp);

// For a verb in the complement of a reporting verb ("Wang said that X had
// backed ...", "X had backed ..., Wang told reporters"), the first token of
// the reporter's noun phrase ("Wang"); -1 when the verb is not
// reported speech. Reporting verbs: say, tell, add, state, announce, note,
// report, write, in any form.
int32_t ReporterStart(const ParseTree& tree, int vp);

// True when the verb is in the simple present and its clause is an adverbial
// "as" or "while" clause ("... as the two governments expand trade"): such clauses
// describe a trend in the background of the news, not an event.
bool IsBackgroundClause(const ParseTree& tree, int vp);

// True when the verb is a past participle (VBN) with no form of HAVE or BE
// before it in its verb phrase chain and no subject of its own clause before
// it: a reduced relative or an adjectival participle ("soldiers killed
// helping Russia"), whose noun is the one the action was done to.
bool IsBareParticiple(const ParseTree& tree, int vp);

// True when the verb is under a modal or an infinitive "to" in its verb
// phrase chain ("will meet", "would impose", "plans to visit"): it tells of
// what may happen, not of what did.
bool IsUnrealised(const ParseTree& tree, int vp);

// The noun phrases that may say where the event of the verb at
// `verb_token` happened, as tree nodes in sentence order: the objects of IN
// and AT phrases that are children of the verb's phrase, of the verb
// phrases above it, or of its clause ("met with the Iranian envoy in Doha").
// A phrase right after an OF phrase belongs to that noun and is left out
// ("the goals of the war in Sudan"). An IN or AT phrase attached to a name
// that is the verb's object or the object of its phrase counts too ("met
// with Gondor in Fornost"); one attached to a common noun does not ("the
// army in Rohan"). Empty when the token is
// not a verb heading a VP.
std::vector<int> PlacePhrases(const ParseTree& tree, int32_t verb_token);

}  // namespace dyad

#endif  // DYAD_CODE_CLAUSE_ROLES_H_
