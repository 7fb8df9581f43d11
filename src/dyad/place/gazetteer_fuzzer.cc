// Fuzzes the gazetteer file loader: any bytes must load or be refused with a
// status, never crash, and a loaded gazetteer must answer lookups safely.
// The checksum is recomputed into the header first, so that mutated files get
// past it and reach the structural checks behind it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dyad/place/gazetteer.h"
#include "dyad/place/gazetteer_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace format = dyad::gazetteer_format;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.size() >= format::kHeaderBytes) {
    uint64_t checksum = format::Checksum(std::string_view(bytes).substr(format::kHeaderBytes));
    for (int i = 0; i < 8; ++i, checksum >>= 8) bytes[24 + i] = static_cast<char>(checksum & 0xFF);
  }
  auto gazetteer = dyad::Gazetteer::FromBytes(std::move(bytes), "fuzz");
  if (!gazetteer.ok()) return 0;
  const std::string_view preferred[] = {"USA", "PSE"};
  for (std::string_view name : {"Paris", "Gaza", "al-Arish", "USA", "", "x"}) {
    for (const dyad::Place& place : gazetteer->Candidates(name, preferred)) {
      if (place.name.empty() || place.country.size() != 3) __builtin_trap();
    }
  }
  return 0;
}
