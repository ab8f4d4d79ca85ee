using Hub.Connectors.Core;
using Hub.Mapping.Core;

namespace Hub.Mapping.Siao;

/// <summary>
/// A canonical change turned into a partner message: <see cref="Message"/> is <c>null</c> when nothing is to be sent
/// (a status the partner does not follow) or cannot be (an error issue says which field is missing).
/// </summary>
public sealed record OutboundResult(OutboundMessage? Message, IReadOnlyList<MappingIssue> Issues)
{
    public bool HasErrors => Issues.Any(i => i.IsError);
}
