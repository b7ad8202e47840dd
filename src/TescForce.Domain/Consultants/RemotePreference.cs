namespace TescForce.Domain.Consultants;

public enum RemotePreference
{
    /// <summary>Works fully remotely, never travels.</summary>
    FullyRemote,

    /// <summary>Remote, with occasional trips to the client.</summary>
    RemoteWithTravel,

    /// <summary>Remote or on site in the region.</summary>
    Flexible,
}
