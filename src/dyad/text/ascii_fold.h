// The "match form" of running text: upper-case ASCII with the accents of Latin
// letters folded away, so that "Wŏnsan", "WONSAN" and "Wonsan" all meet the
// dictionary entry WONSAN. Only the Latin script is folded (Latin-1 Supplement,
// Latin Extended-A and -B, and combining diacritical marks, which are dropped);
// other scripts are kept byte for byte, as no ASCII spelling can stand for them.
#ifndef DYAD_TEXT_ASCII_FOLD_H_
#define DYAD_TEXT_ASCII_FOLD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad {

// Writes the match form of `utf8` to out, which must have room for
// utf8.size() bytes (folding never lengthens text: every folded letter takes
// at least as many bytes as its ASCII spelling). Returns the bytes written.
// Invalid UTF-8 bytes are copied unchanged.
size_t AsciiFoldUpperTo(std::string_view utf8, char* out);

// Convenience form of AsciiFoldUpperTo.
std::string AsciiFoldUpper(std::string_view utf8);

}  // namespace dyad

#endif  // DYAD_TEXT_ASCII_FOLD_H_
