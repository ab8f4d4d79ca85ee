using Hub.Identity.Matching;

namespace Hub.Identity.Synthetic;

/// <summary>Records of invented persons with their truth: <see cref="TruthOf"/>[i] is the person behind record i.</summary>
public sealed record SyntheticSet(IReadOnlyList<PersonRecord> Records, int[] TruthOf, int PersonCount);
