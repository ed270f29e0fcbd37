"""PyTorch reference for `clinical-ner bench train --encoder sentence-transformers/all-MiniLM-L6-v2 --batch 16 --length 48`:
one fine-tuning step (forward, CRF negative log-likelihood, backward, AdamW) of a BERT with MiniLM-L6's sizes
(6 layers, width 384, 12 heads, FFN 1536, vocabulary 30522) plus a 19-label classifier and a CRF, on random ids.
Run with Debian's /usr/bin/python3 (python3-torch). Prints the median step time of 10 steps after 2 warm-up steps."""
import statistics, sys, time, torch
from torch import nn

torch.manual_seed(0)
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
torch.set_num_threads(threads)
B, T, V, D, H, F, L, K = 16, 48, 30522, 384, 12, 1536, 6, 19

class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(V, D); self.pos = nn.Embedding(512, D); self.token_type = nn.Embedding(2, D)
        self.norm = nn.LayerNorm(D, eps=1e-12); self.drop = nn.Dropout(0.1)
        layer = nn.TransformerEncoderLayer(D, H, F, dropout=0.1, activation="gelu", batch_first=True, layer_norm_eps=1e-12)
        self.layers = nn.TransformerEncoder(layer, L, enable_nested_tensor=False)
        self.pooler = nn.Linear(D, D)  # counted in the parameters like BertModel's, unused by the tagger
        self.classifier = nn.Linear(D, K)
        self.start = nn.Parameter(torch.zeros(K)); self.end = nn.Parameter(torch.zeros(K)); self.trans = nn.Parameter(torch.zeros(K, K))

    def forward(self, ids, mask, tags):
        positions = torch.arange(ids.shape[1]).unsqueeze(0)
        x = self.drop(self.norm(self.word(ids) + self.pos(positions) + self.token_type(torch.zeros_like(ids))))
        emissions = self.classifier(self.layers(x, src_key_padding_mask=~mask))  # [B, T, K]
        return -(self.score(emissions, tags, mask) - self.partition(emissions, mask)).sum()

    def score(self, e, tags, mask):  # pytorch-crf's _compute_score
        s = self.start[tags[:, 0]] + e[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for t in range(1, e.shape[1]):
            step = self.trans[tags[:, t - 1], tags[:, t]] + e[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            s = s + step * mask[:, t]
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        return s + self.end[last]

    def partition(self, e, mask):  # pytorch-crf's _compute_normalizer
        a = self.start + e[:, 0]
        for t in range(1, e.shape[1]):
            n = torch.logsumexp(a.unsqueeze(2) + self.trans + e[:, t].unsqueeze(1), dim=1)
            a = torch.where(mask[:, t].unsqueeze(1), n, a)
        return torch.logsumexp(a + self.end, dim=1)

model = Tagger(); model.train()
optimizer = torch.optim.AdamW(model.parameters(), lr=5e-5)
ids = torch.randint(0, V, (B, T)); tags = torch.randint(0, K, (B, T))
lengths = torch.randint(T // 2, T + 1, (B,)); lengths[0] = T
mask = torch.arange(T).unsqueeze(0) < lengths.unsqueeze(1)
times = []
for i in range(12):
    start = time.perf_counter()
    optimizer.zero_grad(); loss = model(ids, mask, tags); loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); optimizer.step()
    if i >= 2: times.append((time.perf_counter() - start) * 1000)
params = sum(p.numel() for p in model.parameters())
print(f'{{"torch": "{torch.__version__}", "threads": {threads}, "step_ms": {statistics.median(times):.1f}, "params": {params}}}')
