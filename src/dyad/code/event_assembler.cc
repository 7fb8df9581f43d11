#include "dyad/code/event_assembler.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>

#include "dyad/code/actor_coder.h"

namespace dyad {
namespace {

constexpr std::string_view kNull = "---";

// Whether an entity names an actor, for choosing sources and targets. An
// agent with no actor ("---GOV") does not: it is only taken where a null
// entity would be, as in PETRARCH.
bool NamesActor(const Entity& e) { return e.code.compare(0, kNull.size(), kNull) != 0; }

}  // namespace

Slot EventAssembler::FindSource(std::span<const SeqElem> upper) const {
  // Outwards in the upper sequence, an entity or compound begins (in sentence
  // order) at its "leave" marker; scan from the far end.
  for (size_t i = upper.size(); i-- > 0;) {
    const SeqElem& s = upper[i];
    if (s.kind == SeqKind::kLeaveCompound) return {Slot::kCompound, s.id};
    if (s.kind == SeqKind::kLeaveEntity && NamesActor(parse_.entities[s.id])) return {Slot::kEntity, s.id};
  }
  for (size_t i = upper.size(); i-- > 0;) {
    if (upper[i].kind == SeqKind::kLeaveEntity) return {Slot::kEntity, upper[i].id};
  }
  return {};
}

Slot EventAssembler::FindTarget(std::span<const SeqElem> upper, std::span<const SeqElem> lower, Slot source) const {
  Codes(source, &sources_);
  const std::string_view source_code = sources_.size() == 1 ? sources_[0].code : std::string_view();
  auto differs = [&](const Entity& e) {
    return source_code.empty() || e.code.compare(0, source_code.size(), source_code) != 0;
  };
  auto search = [&](std::span<const SeqElem> seq, SeqKind compound_start, SeqKind entity_start,
                    bool skip_source) -> Slot {
    for (const SeqElem& s : seq) {
      if (s.kind == compound_start) return {Slot::kCompound, s.id};
      if (s.kind == entity_start && NamesActor(parse_.entities[s.id]) && differs(parse_.entities[s.id])) {
        return {Slot::kEntity, s.id};
      }
    }
    for (const SeqElem& s : seq) {
      if (s.kind != entity_start || NamesActor(parse_.entities[s.id])) continue;
      Slot candidate{Slot::kEntity, s.id};
      if (skip_source && candidate == source) continue;
      return candidate;
    }
    return {};
  };
  Slot target = search(lower, SeqKind::kEnterCompound, SeqKind::kEnterEntity, false);
  if (target.empty()) target = search(upper, SeqKind::kLeaveCompound, SeqKind::kLeaveEntity, true);
  return target;
}

std::string_view EventAssembler::Quoted(int32_t entity) const {
  std::string& text = quoted_.emplace_back("\"");
  for (int32_t tok : parse_.entities[entity].tokens) {
    if (text.size() > 1) text += ' ';
    text += tree_.norm(tok);
  }
  text += '"';
  return text;
}

TokenSpan EventAssembler::SpanOf(int32_t entity) const {
  TokenSpan span;
  for (int32_t tok : parse_.entities[entity].tokens) {
    if (span.begin < 0 || tok < span.begin) span.begin = tok;
    if (tok + 1 > span.end) span.end = tok + 1;
  }
  return span;
}

bool EventAssembler::AddEntityCode(int32_t entity, std::vector<ActorRef>* out) const {
  const Entity& e = parse_.entities[entity];
  std::string_view code = e.code;
  if (code == kNull) {
    if (options_.new_actor_length <= 0) return false;
    // PETRARCH counts the spaces of the quoted phrase: words - 1.
    if (static_cast<int>(e.tokens.size()) - 1 < options_.new_actor_length && !e.tokens.empty()) {
      code = Quoted(entity);
    }
  }
  const TokenSpan span = SpanOf(entity);
  ForEachAlternative(code, [&](std::string_view part) { out->push_back({part, span}); });
  return true;
}

void EventAssembler::Codes(Slot slot, std::vector<ActorRef>* out) const {
  out->clear();
  bool any = false;
  if (slot.kind == Slot::kEntity) {
    any = AddEntityCode(slot.id, out);
  } else if (slot.kind == Slot::kCompound) {
    for (int32_t member : parse_.compounds[slot.id].members) any |= AddEntityCode(member, out);
  } else {
    return;
  }
  if (!any) out->push_back({kNull, {}});
}

size_t EventAssembler::ActorCount(Slot slot) const {
  // The distinct actor codes among Codes(slot), counted without building it
  // where that can be avoided: the coder asks this of many candidates.
  std::array<std::string_view, 8> few;
  std::vector<std::string_view> many;
  size_t seen = 0;
  auto count = [&](std::string_view code) {
    if (code.compare(0, kNull.size(), kNull) == 0 || code[0] == '"') return;
    const auto end = few.begin() + std::min(seen, few.size());
    if (std::find(few.begin(), end, code) != end || std::find(many.begin(), many.end(), code) != many.end()) return;
    if (seen < few.size()) {
      few[seen] = code;
    } else {
      many.push_back(code);
    }
    ++seen;
  };
  if (options_.new_actor_length > 0) {
    // Uncoded entities become quoted phrases, which Codes() builds.
    Codes(slot, &sources_);
    for (const ActorRef& r : sources_) count(r.code);
    return seen;
  }
  // Otherwise an uncoded entity adds nothing that counts, and each coded
  // one its `A/B` alternatives.
  std::span<const int32_t> members;
  if (slot.kind == Slot::kEntity) members = {&slot.id, 1};
  if (slot.kind == Slot::kCompound) members = parse_.compounds[slot.id].members;
  for (int32_t member : members) {
    const std::string_view code = parse_.entities[member].code;
    if (code == kNull) continue;
    ForEachAlternative(code, count);
  }
  return seen;
}

void EventAssembler::AddEvents(const VerbCoding& verb, std::vector<CodedEvent>* events) const {
  std::vector<ActorRef>& sources = sources_;
  std::vector<ActorRef>& targets = targets_;
  Codes(verb.source, &sources);
  Codes(verb.target, &targets);
  if (sources.empty() || targets.empty()) return;

  auto pair_up = [&](const std::vector<ActorRef>& from, const std::vector<ActorRef>& to, std::string_view code) {
    if (code.empty()) return;
    for (const ActorRef& s : from) {
      for (const ActorRef& t : to) {
        if (s.code == t.code) continue;
        const ActorRef& src = verb.passive ? t : s;
        const ActorRef& tar = verb.passive ? s : t;
        events->push_back({std::string(src.code), std::string(tar.code), std::string(code), src.span, tar.span,
                           verb.verb, verb.provenance});
      }
    }
  };

  size_t colon = verb.code.find(':');
  if (colon == std::string::npos) {
    pair_up(sources, targets, verb.code);
    return;
  }
  std::string_view code = verb.code;
  if (verb.voice_codes) {
    pair_up(sources, targets, verb.passive ? code.substr(colon + 1) : code.substr(0, colon));
    return;
  }
  if (sources[0].code == kNull || targets[0].code == kNull) {
    if (targets[0].code == kNull) {
      targets = sources;
    } else {
      sources = targets;
    }
  }
  pair_up(sources, targets, code.substr(0, colon));
  pair_up(targets, sources, code.substr(colon + 1));
}

void EventAssembler::Finish(std::vector<CodedEvent>* events) const {
  // In place: each event kept moves down to the end of those kept before it.
  size_t kept = 0;
  for (CodedEvent& e : *events) {
    if (options_.require_dyad && (e.source == kNull || e.target == kNull)) continue;
    const auto end = events->begin() + static_cast<std::ptrdiff_t>(kept);
    bool duplicate = std::any_of(events->begin(), end, [&](const CodedEvent& k) {
      return std::tie(k.source, k.target, k.code) == std::tie(e.source, e.target, e.code);
    });
    if (duplicate) continue;
    if (&(*events)[kept] != &e) (*events)[kept] = std::move(e);
    ++kept;
  }
  events->resize(kept);
}

}  // namespace dyad
