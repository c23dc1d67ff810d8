using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Attribution.Tests.Sources;

/// <summary>A real HTTP server on 127.0.0.1 (HttpListener) that answers each path with its handler, for fetch tests.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();

    public LoopbackServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>How many requests each path received.</summary>
    public Dictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public LoopbackServer Page(string path, string body, string contentType = "text/html; charset=utf-8") =>
        Route(path, async context =>
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
        });

    public LoopbackServer Redirect(string path, string location, int status = 302) =>
        Route(path, context =>
        {
            context.Response.StatusCode = status;
            context.Response.RedirectLocation = location;
            return Task.CompletedTask;
        });

    public LoopbackServer Status(string path, int status) =>
        Route(path, context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });

    public LoopbackServer Route(string path, Func<HttpListenerContext, Task> handler)
    {
        lock (_routes)
        {
            _routes[path] = handler;
        }
        return this;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                var path = context.Request.Url!.AbsolutePath;
                Func<HttpListenerContext, Task>? handler;
                lock (_routes)
                {
                    Hits[path] = Hits.GetValueOrDefault(path) + 1;
                    _routes.TryGetValue(path, out handler);
                }
                try
                {
                    if (handler is null)
                    {
                        context.Response.StatusCode = 404;
                    }
                    else
                    {
                        await handler(context);
                    }
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    // The client gave up (a size or time limit): nothing to answer.
                }
            });
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
