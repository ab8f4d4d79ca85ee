using Hub.Connectors.Core;

namespace Hub.Connectors.Caf.RsaFlow;

/// <summary>One entry of an RSA flow: a dossier that passed the XSD (<see cref="Record"/>, DTO <see cref="FoyerRsa"/>) or one that did not (<see cref="Rejected"/>).</summary>
public sealed record RsaFlowItem(PulledRecord? Record, RejectedRecord? Rejected)
{
    public bool IsRejected => Rejected is not null;
}
