// Fuzzes the coder end to end: arbitrary bytes are read as a Penn Treebank
// parse and coded against a small dictionary set that uses every pattern
// feature. The first byte picks the coding options (with bit 64, an
// article's: clause roles and a discourse that lives across inputs, as
// through the sentences of one long article). Nothing may crash, hang or
// read out of bounds, whatever the tree looks like.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "dyad/code/coder.h"
#include "dyad/tree/treebank_reader.h"

namespace {

constexpr char kVerbs[] =
    "&MONEY\n+SWISS_FRANCS\n+DUCATS\n"
    "--- GIVE [070] ---\nGIVE {GAVE GIVEN}\n"
    "- * &MONEY TO [071]\n- * AID_TO + [072]\n- $ REALLY_* [073]\n- % * [074:075]\n"
    "- * WITH % [075]\n- * ^ TO + [076]\n- + * FROM $ [077]\n- NOT * [---]\n"
    "--- LEFT [032:033] ---\nLEFT\n"
    "--- CONFISCATE [1711] ---\nCONFISCATE\nWIRE_+TAP {WIRE_+TAPPED}\n+BREAK_DOWN\n"
    "--- OPPOSE [112] ---\nOPPOSE\n";
constexpr char kActors[] =
    "ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nTHE_SHIRE [FRO/BIL]\nSMEAGOL\n\t[HOB <950601]\n\t[HOBGOV >950601]\n"
    "ARAGORN_ELESSAR [ARNGOV]\n";
constexpr char kAgents[] = "GOVERNMENT [~GOV]\nMSF {} [NGO~]\nOFFICIAL [~GOV]\n";
constexpr char kDiscards[] = "+TYPHOON\nBASEBALL\n";

struct Fixture {
  dyad::Vocabulary vocabulary;
  dyad::SourceFiles files;
  dyad::VerbDictionary verbs;
  dyad::ActorDict actors;
  dyad::AgentDict agents;
  dyad::DiscardDict discards;

  Fixture() {
    dyad::Diagnostics d;
    verbs.Read(kVerbs, "verbs", files.Add("verbs"), &vocabulary, &d);
    actors.Read(kActors, "actors", files.Add("actors"), &vocabulary, &d);
    agents.Read(kAgents, "agents", files.Add("agents"), &vocabulary, &d);
    discards.Read(kDiscards, "discards", files.Add("discards"), &vocabulary, &d);
    verbs.Freeze();
    actors.Freeze();
    agents.Freeze();
    discards.Freeze();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Fixture* fixture = new Fixture();
  static dyad::Discourse* discourse = new dyad::Discourse();
  if (size == 0) return 0;
  dyad::CoderOptions options;
  options.require_dyad = (data[0] & 1) != 0;
  options.new_actor_length = (data[0] >> 1) & 7;
  options.comma_bmax = (data[0] & 16) ? 4 : 0;
  options.comma_max = (data[0] & 32) ? 0 : 8;
  options.clause_roles = (data[0] & 64) != 0;
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  dyad::TreebankReader reader;
  dyad::ParseTree tree;
  if (!reader.Read(text, &tree).ok()) return 0;
  dyad::Coder coder({&fixture->vocabulary, &fixture->verbs, &fixture->actors, &fixture->agents,
                     &fixture->discards, &fixture->files});
  dyad::SentenceCoding coding = coder.Code(tree, 19950601, options, options.clause_roles ? discourse : nullptr);
  for (const dyad::CodedEvent& e : coding.events) {
    if (e.source.empty() || e.target.empty() || e.code.empty()) __builtin_trap();
  }
  return 0;
}
