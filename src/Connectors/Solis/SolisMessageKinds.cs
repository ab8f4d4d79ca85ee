namespace Hub.Connectors.Solis;

/// <summary>The <see cref="Core.OutboundMessage.Kind"/>s the SOLIS push target accepts.</summary>
public static class SolisMessageKinds
{
    /// <summary><c>POST /v1/entrants/orientations-lda</c>.</summary>
    public const string OrientationLda = "solis.orientation-lda";

    /// <summary><c>POST /v1/entrants/entrees-logement</c>.</summary>
    public const string EntreeLogement = "solis.entree-logement";
}
