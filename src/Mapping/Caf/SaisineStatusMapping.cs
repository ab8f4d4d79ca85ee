using Hub.Canonical.Model;
using Hub.Mapping.Core;

namespace Hub.Mapping.Caf;

/// <summary>
/// A status update mapped: one RightsStatus per decided right and a TimelineEvent (in <see cref="Result"/>), and the
/// CAF allocataire identifier to add to the person when the update brings one (the person already exists in the hub,
/// so it is returned apart rather than as a half-filled Person).
/// </summary>
public sealed record SaisineStatusMapping(MappingResult Result, Identifier? Allocataire);
