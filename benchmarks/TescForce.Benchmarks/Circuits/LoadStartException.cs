namespace TescForce.Benchmarks.Circuits;

/// <summary>A circuit that could not be opened, with the step that failed (GET, connect, StartCircuit, ...).</summary>
internal sealed class LoadStartException(string message, Exception inner) : Exception(message, inner);
