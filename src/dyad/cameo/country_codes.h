// The three-letter codes that stand for a state at the start of a CAMEO actor
// code (RUS in RUSGOV) and the other codes that can open one (IGO, NGO, ...),
// as the Phoenix event data splits actor codes.
//
//   IsStateCode("PRK");       // true
//   IsActorRootCode("IGO");   // true: an international organisation
//   IsPrimaryAgentCode("MIL") // true: a role such as GOV or REB
#ifndef DYAD_CAMEO_COUNTRY_CODES_H_
#define DYAD_CAMEO_COUNTRY_CODES_H_

#include <string_view>
#include <vector>

namespace dyad {

// ISO 3166-1 alpha-3 codes of today's countries and territories (Debian's
// iso-codes 4.15), ISO 3166-3 codes of former ones (SUN, YUG, CSK, SCG, ...)
// and KSV, the code CAMEO-coded data gives Kosovo.
std::vector<std::string_view> StateCodes();
bool IsStateCode(std::string_view code);

// A state code, or one of the non-state roots Phoenix also puts first: IGO
// (intergovernmental organisation), NGO, IMG (international militarised
// group), MNC (multinational corporation).
bool IsActorRootCode(std::string_view code);

// One of the thirteen primary agent codes Phoenix writes as the actor's role:
// GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL.
bool IsPrimaryAgentCode(std::string_view code);

}  // namespace dyad

#endif  // DYAD_CAMEO_COUNTRY_CODES_H_
