#include <iostream>
#include <nlohmann/json.hpp>
#include "pipeline/ingest/reader.h"
#include "pipeline/align/paragraph_aligner.h"
int main(int argc, char** argv) {
  auto doc = tandem::ingest::ReadDocument(argv[1]);
  if (!doc) { std::cerr << doc.error().message << "\n"; return 2; }
  if (!doc->bilingual()) { std::cerr << "mono\n"; return 1; }
  auto& fr = doc->streams[0].blocks; auto& nl = doc->streams[1].blocks;
  for (auto& b : tandem::align::AlignParagraphs(fr, nl)) {
    nlohmann::json j; j["fr"] = nlohmann::json::array(); j["nl"] = nlohmann::json::array();
    for (size_t k = 0; k < b.fr_count; ++k) j["fr"].push_back(fr[b.fr_begin+k].text);
    for (size_t k = 0; k < b.nl_count; ++k) j["nl"].push_back(nl[b.nl_begin+k].text);
    j["score"] = b.score;
    std::cout << j.dump() << "\n";
  }
}
