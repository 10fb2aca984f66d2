#include "pipeline/text/stemmer.h"

#include <libstemmer.h>

#include <array>
#include <memory>
#include <string>

namespace tandem::text {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

std::string Stem(std::string_view folded_word, Language language) {
  if (language == Language::kUnknown || folded_word.empty()) return std::string(folded_word);
  thread_local std::array<std::unique_ptr<sb_stemmer, StemmerDeleter>, kKnownLanguages.size() + 1> stemmers;
  auto& stemmer = stemmers[static_cast<size_t>(language)];
  if (!stemmer) stemmer.reset(sb_stemmer_new(std::string(SnowballName(language)).c_str(), "UTF_8"));
  if (!stemmer) return std::string(folded_word);
  const sb_symbol* out = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(folded_word.data()),
                                         static_cast<int>(folded_word.size()));
  if (out == nullptr) return std::string(folded_word);  // out of memory in Snowball
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer.get())));
}

}  // namespace tandem::text
