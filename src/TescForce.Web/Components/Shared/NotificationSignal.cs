namespace TescForce.Web.Components.Shared;

/// <summary>
/// Tells the bell of this circuit that notifications were marked read on a page, so its count does not wait
/// for the next tick. Scoped: one per circuit.
/// </summary>
public sealed class NotificationSignal
{
    public event Func<Task>? Changed;

    public Task RaiseAsync() => Changed?.Invoke() ?? Task.CompletedTask;
}
