namespace TescForce.Web;

/// <summary>Marker for the interface strings in Resources/SharedResource(.fr).resx.</summary>
public sealed class SharedResource;
