using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TescForce.Benchmarks.Circuits;

/// <summary>
/// One simulated browser tab on a Blazor Server page, speaking the protocol blazor.web.js speaks: it GETs the
/// prerendered page, opens a SignalR connection to <c>/_blazor</c> with the "blazorpack" protocol and the
/// user's cookie, calls <c>StartCircuit</c>, answers the server's JavaScript calls (with null, or a fresh
/// object reference where one is expected: nothing runs, as in a browser whose scripts do nothing visible),
/// adds the page's root components with <c>UpdateRootComponents</c> once the renderer is attached, and
/// acknowledges every render batch with <c>OnRenderCompleted</c> (the server stops rendering to a client that
/// falls more than a few batches behind). Since .NET 8 an event is not the hub's <c>DispatchBrowserEvent</c> but a
/// call of <c>DispatchEventAsync</c> on the renderer's .NET object (<c>BeginInvokeDotNetFromJS</c>), whose answer
/// (<c>JS.EndInvokeDotNet</c>) comes when the handler has run.
/// </summary>
internal sealed class CircuitClient : IAsyncDisposable
{
    /// <summary>A burst of render batches has ended when none came for this long.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly CookieContainer _cookies;
    private readonly LoadStatistics _statistics;
    private readonly MatchPageTracker _page = new();
    private readonly Lock _pageLock = new();
    private readonly SemaphoreSlim _batchArrived = new(0);
    private readonly TaskCompletionSource _rendererAttached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _lost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? _connection;
    private string? _circuitId;
    private long _lastBatchAt;
    private int _batches;
    private long _jsObjectIds;
    private long _rendererInterop;
    private long _dotNetCalls;
    private volatile bool _closing;
    private volatile string? _lostBecause;

    public CircuitClient(HttpClient http, CookieContainer cookies, LoadStatistics statistics)
    {
        _http = http;
        _cookies = cookies;
        _statistics = statistics;
    }

    /// <summary>Why the server ended the circuit or the connection, once it has.</summary>
    public string? LostBecause => _lostBecause;

    /// <summary>Completes when the server ends the circuit or the connection.</summary>
    public Task Lost => _lost.Task;

    public string? MissionId
    {
        get
        {
            lock (_pageLock)
            {
                return _page.MissionId;
            }
        }
    }

    /// <summary>Opens the page's circuit and waits until its first renders are done and <paramref name="ready"/> holds.</summary>
    public async Task StartAsync(string path, Func<MatchPageTracker, bool> ready, CancellationToken cancellationToken)
    {
        var stage = "GET " + path;
        try
        {
            using var response = await _http.GetAsync(path, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"answered {(int)response.StatusCode}");
            }

            var page = PrerenderedPage.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (page.Markers.Count == 0)
            {
                throw new InvalidOperationException("no interactive server component on the page");
            }

            stage = "connect";
            _connection = Connect();
            await _connection.StartAsync(cancellationToken);
            stage = "StartCircuit";
            var baseUri = _http.BaseAddress!.ToString();
            _circuitId = await _connection.InvokeAsync<string?>("StartCircuit", baseUri, new Uri(_http.BaseAddress, path).ToString(), "[]", page.State, cancellationToken)
                ?? throw new InvalidOperationException("no circuit");

            // blazor.web.js adds the root components once the server has attached its renderer (a JavaScript call).
            stage = "attach the renderer";
            await _rendererAttached.Task.WaitAsync(Timeout, cancellationToken);
            stage = "first render";
            var before = Volatile.Read(ref _batches);
            var started = Stopwatch.GetTimestamp();
            await _connection.SendAsync("UpdateRootComponents", page.AddOperationsJson(), page.State, cancellationToken);
            if (await WaitForBurstAsync(before, started, ready, cancellationToken) is null)
            {
                throw new InvalidOperationException(_lostBecause ?? $"not what the load needs within {Timeout.TotalSeconds:0} s");
            }
        }
        catch (Exception ex) when (ex is not LoadStartException)
        {
            throw new LoadStartException($"{stage}: {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Toggles the first filter switch; the time until the last render batch it caused, or null on a timeout.</summary>
    public async Task<double?> ToggleSwitchAsync(CancellationToken cancellationToken)
    {
        ulong handler;
        int component;
        bool on;
        lock (_pageLock)
        {
            handler = _page.SwitchHandlerId;
            component = _page.SwitchComponentId;
            on = _page.SwitchOn = !_page.SwitchOn;
        }

        if (handler == 0)
        {
            throw new InvalidOperationException("the switch's change handler was disposed without a replacement");
        }

        while (_batchArrived.CurrentCount > 0)
        {
            await _batchArrived.WaitAsync(cancellationToken);
        }

        var value = on ? "true" : "false";
        var descriptor = string.Create(CultureInfo.InvariantCulture,
            $"{{\"eventHandlerId\":{handler},\"eventName\":\"change\",\"eventFieldInfo\":{{\"componentId\":{component},\"fieldValue\":{value}}}}}");
        var before = Volatile.Read(ref _batches);
        var started = Stopwatch.GetTimestamp();
        // Since .NET 8 an event is a call of the renderer's DispatchEventAsync(descriptor, args), as blazor.web.js makes it.
        var call = Interlocked.Increment(ref _dotNetCalls).ToString(CultureInfo.InvariantCulture);
        await _connection!.SendAsync("BeginInvokeDotNetFromJS", call, null, "DispatchEventAsync", _rendererInterop, $"[{descriptor},{{\"value\":{value}}}]", cancellationToken);
        return await WaitForBurstAsync(before, started, page => !page.Loading, cancellationToken) is { } last
            ? Stopwatch.GetElapsedTime(started, last).TotalMilliseconds
            : null;
    }

    /// <summary>
    /// Waits until at least one batch came after <paramref name="before"/>, then <see cref="Quiet"/> passed
    /// without one while <paramref name="done"/> held; answers the arrival time of the last batch.
    /// </summary>
    private async Task<long?> WaitForBurstAsync(int before, long started, Func<MatchPageTracker, bool> done, CancellationToken cancellationToken)
    {
        while (_lostBecause is null)
        {
            if (await _batchArrived.WaitAsync(Quiet, cancellationToken))
            {
                continue;
            }

            if (Volatile.Read(ref _batches) != before)
            {
                lock (_pageLock)
                {
                    if (done(_page))
                    {
                        return Volatile.Read(ref _lastBatchAt);
                    }
                }
            }

            if (Stopwatch.GetElapsedTime(started) > Timeout)
            {
                return null;
            }
        }

        return null;
    }

    private HubConnection Connect()
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(_http.BaseAddress!, "_blazor"), HttpTransportType.WebSockets, options => options.Cookies = _cookies);
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var connection = builder.Build();
        connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        // .NET 10 sends (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType).
        connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJSAsync);
        connection.On<string, bool, string>("JS.EndInvokeDotNet", (_, succeeded, result) =>
        {
            if (!succeeded)
            {
                _statistics.Error("event handler failed: " + result);
            }
        });
        connection.On<string>("JS.Error", error => Lose("JS.Error: " + error));
        connection.Closed += error =>
        {
            if (!_closing)
            {
                Lose("connection closed: " + (error?.Message ?? "by the server"));
            }

            return Task.CompletedTask;
        };
        return connection;
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        try
        {
            var batch = RenderBatch.Parse(data);
            lock (_pageLock)
            {
                _page.Observe(batch);
            }
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            _statistics.Error("render batch not understood: " + ex.Message);
        }

        Volatile.Write(ref _lastBatchAt, Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _batches);
        _batchArrived.Release();
        await _connection!.SendAsync("OnRenderCompleted", batchId, null);
    }

    // resultType 1 is JSCallResultType.JSObjectReference: .NET expects {"__jsObjectId": n} back.
    private async Task OnBeginInvokeJSAsync(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        _statistics.JsCall(identifier);
        if (asyncHandle != 0)
        {
            var result = resultType == 1
                ? string.Create(CultureInfo.InvariantCulture, $"{{\"__jsObjectId\":{Interlocked.Increment(ref _jsObjectIds)}}}")
                : "null";
            await _connection!.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, string.Create(CultureInfo.InvariantCulture, $"[{asyncHandle},true,{result}]"));
        }

        // Blazor._internal.attachWebRendererInterop(rendererId, {"__dotNetObject": id}, ...): the object events go to.
        if (identifier.EndsWith("attachWebRendererInterop", StringComparison.Ordinal))
        {
            using var arguments = JsonDocument.Parse(argsJson);
            _rendererInterop = arguments.RootElement[1].GetProperty("__dotNetObject").GetInt64();
            _rendererAttached.TrySetResult();
        }
    }

    private void Lose(string reason)
    {
        _lostBecause ??= reason;
        _lost.TrySetResult();
        _batchArrived.Release(); // wakes an interaction waiting for batches
    }

    /// <summary>Closes the connection and, as a closing tab does, tells the server to end the circuit now.</summary>
    public async ValueTask DisposeAsync()
    {
        _closing = true;
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        if (_circuitId is not null)
        {
            try
            {
                using var form = new FormUrlEncodedContent([new("circuitId", _circuitId)]);
                using var answer = await _http.PostAsync("_blazor/disconnect", form);
            }
            catch (HttpRequestException)
            {
                // The server is gone or busy: it will drop the disconnected circuit after its retention period.
            }
        }

        _batchArrived.Dispose();
    }
}
