namespace Attribution.ReaderLab;

/// <summary>A structured averaged perceptron over BIO tags with first-order transitions, decoded by Viterbi.</summary>
public sealed class Perceptron
{
    private const int T = Tags.Count;
    private readonly float[] _w = new float[Features.Size * T];
    private readonly float[] _u = new float[Features.Size * T];
    private readonly float[] _tw = new float[(T + 1) * T];
    private readonly float[] _tu = new float[(T + 1) * T];
    private int _c = 1;

    public int[] Decode(int[][] features) => Viterbi(features, _w, _tw);

    public void Train(int[][] features, int[] gold)
    {
        var predicted = Viterbi(features, _w, _tw);
        for (var i = 0; i < gold.Length; i++)
        {
            var prevGold = i == 0 ? T : gold[i - 1];
            var prevPred = i == 0 ? T : predicted[i - 1];
            if (gold[i] != predicted[i])
            {
                foreach (var f in features[i])
                {
                    Update(_w, _u, f * T + gold[i], 1);
                    Update(_w, _u, f * T + predicted[i], -1);
                }
            }
            if (gold[i] != predicted[i] || prevGold != prevPred)
            {
                Update(_tw, _tu, prevGold * T + gold[i], 1);
                Update(_tw, _tu, prevPred * T + predicted[i], -1);
            }
        }
        _c++;
    }

    private void Update(float[] w, float[] u, int index, float delta)
    {
        w[index] += delta;
        u[index] += _c * delta;
    }

    /// <summary>Replaces the weights by their average over all updates.</summary>
    public void Average()
    {
        for (var i = 0; i < _w.Length; i++) { _w[i] -= _u[i] / _c; }
        for (var i = 0; i < _tw.Length; i++) { _tw[i] -= _tu[i] / _c; }
    }

    /// <summary>Only tag sequences of BIO: an inside tag follows its own begin or inside tag.</summary>
    private static bool Allowed(int prev, int tag) => tag is not (Tags.IQ or Tags.IS or Tags.IC) || (prev != T && Tags.RoleOf(prev) == Tags.RoleOf(tag));

    private static int[] Viterbi(int[][] features, float[] w, float[] tw)
    {
        var n = features.Length;
        var score = new float[n, T];
        var back = new int[n, T];
        var emit = new float[T];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(emit);
            foreach (var f in features[i])
            {
                var b = f * T;
                for (var t = 0; t < T; t++) { emit[t] += w[b + t]; }
            }
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                if (i == 0)
                {
                    best = Allowed(T, t) ? tw[T * T + t] : float.NegativeInfinity;
                }
                else
                {
                    for (var p = 0; p < T; p++)
                    {
                        if (!Allowed(p, t)) continue;
                        var s = score[i - 1, p] + tw[p * T + t];
                        if (s > best) { best = s; arg = p; }
                    }
                }
                score[i, t] = best + emit[t];
                back[i, t] = arg;
            }
        }
        var tags = new int[n];
        if (n == 0) return tags;
        var last = 0;
        for (var t = 1; t < T; t++) { if (score[n - 1, t] > score[n - 1, last]) last = t; }
        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[i, last];
        }
        return tags;
    }
}
