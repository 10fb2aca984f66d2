// What the benchmarks measure with: peak memory, medians and percentiles of
// repeated timings. Header-only; each benchmark is one program.
#ifndef TANDEM_TOOLS_BENCH_MEASURE_H_
#define TANDEM_TOOLS_BENCH_MEASURE_H_

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace tandem::bench {

// The process's peak resident memory so far, in MiB.
inline double PeakMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// The value at fraction `p` (0..1) of the sorted values; 0 for none.
inline double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

inline double Median(std::vector<double> v) { return Percentile(std::move(v), 0.5); }

// The median wall time of `repeat` runs of `run`, in ms.
template <typename F>
double MedianMs(int repeat, F&& run) {
  std::vector<double> ms;
  for (int i = 0; i < repeat; ++i) {
    const auto start = std::chrono::steady_clock::now();
    run();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return Median(std::move(ms));
}

}  // namespace tandem::bench

#endif  // TANDEM_TOOLS_BENCH_MEASURE_H_
