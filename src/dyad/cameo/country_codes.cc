#include "dyad/cameo/country_codes.h"

#include <algorithm>
#include <iterator>

namespace dyad {
namespace {

// Each list sorted, so that lookups can bisect; country_codes_test.cc checks
// them against the iso-codes files when those are installed.
constexpr std::string_view kIsoCodes[] = {
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF", "ATG", "AUS", "AUT",
    "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL",
    "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF", "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG",
    "COK", "COL", "COM", "CPV", "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM",
    "DZA", "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM", "GAB", "GBR",
    "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD", "GRL", "GTM", "GUF", "GUM", "GUY",
    "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN", "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
    "JAM", "JEY", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY",
    "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL",
    "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT", "NAM",
    "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER",
    "PHL", "PLW", "PNG", "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU",
    "SDN", "SEN", "SGP", "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TON",
    "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY", "USA", "UZB", "VAT", "VCT", "VEN", "VGB",
    "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
};
// ISO 3166-3: former countries and territories whose codes the list above
// does not reuse.
constexpr std::string_view kFormerIsoCodes[] = {
    "AFI", "ANT", "ATB", "ATN", "BUR", "BYS", "CSK", "CTE", "DDR", "DHY", "FXX", "GEL", "HVO", "JTN", "MID",
    "NHB", "NTZ", "PCI", "PCZ", "PUS", "RHO", "SCG", "SKM", "SUN", "TMP", "VDR", "WAK", "YMD", "YUG", "ZAR",
};
constexpr std::string_view kKosovo = "KSV";

constexpr std::string_view kOtherRoots[] = {"IGO", "IMG", "MNC", "NGO"};
constexpr std::string_view kPrimaryAgents[] = {"BUS", "COP", "CRM", "CVL", "EDU", "GOV", "JUD",
                                               "MED", "MIL", "OPP", "PTY", "REB", "SPY"};

template <size_t N>
bool Contains(const std::string_view (&sorted)[N], std::string_view code) {
  return std::binary_search(std::begin(sorted), std::end(sorted), code);
}

}  // namespace

std::vector<std::string_view> StateCodes() {
  std::vector<std::string_view> all(std::begin(kIsoCodes), std::end(kIsoCodes));
  all.insert(all.end(), std::begin(kFormerIsoCodes), std::end(kFormerIsoCodes));
  all.push_back(kKosovo);
  return all;
}

bool IsStateCode(std::string_view code) {
  return Contains(kIsoCodes, code) || Contains(kFormerIsoCodes, code) || code == kKosovo;
}

bool IsActorRootCode(std::string_view code) { return IsStateCode(code) || Contains(kOtherRoots, code); }

bool IsPrimaryAgentCode(std::string_view code) { return Contains(kPrimaryAgents, code); }

}  // namespace dyad
