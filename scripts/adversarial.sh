#!/usr/bin/env bash
# Runs the real `byline` jar on adversarial inputs and prints a Markdown table: outcome, wall time and
# peak resident memory for each (README, Reliability). The inputs are generated in a temporary
# directory, deleted at the end. Then measures memory per input byte for documents of 10 KB..10 MB.
#
#   scripts/adversarial.sh            # all rows; 10 MB of prose alone takes minutes
#   XMX=512m scripts/adversarial.sh   # another heap limit (default 256m); JAR=... another jar
#   SIZES="10000 100000" scripts/adversarial.sh   # document sizes for the memory figures
#
# Needs: JDK 17+, python3 (to generate inputs and read records), GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-cli/target/byline.jar}
XMX=${XMX:-256m}
[[ -f $JAR ]] || mvn -B -q -pl cli -am package -DskipTests
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 2; }
T=$(mktemp -d)
trap 'chmod -R u+rwx "$T"; rm -rf "$T"' EXIT
IN=$T/in
mkdir -p "$IN"

python3 - "$IN" <<'EOF'
import os, struct, sys, random
d = sys.argv[1]
P = "The minister said on Monday that talks with Ukraine had stalled, according to Reuters. "
def w(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
w("empty.txt", b"")
w("whitespace.txt", " \t\r\n\u00a0\u2003\u200b\n")
with open(os.path.join(d, "huge-100mb.txt"), "wb") as f:   # real text, written in blocks
    block = (P * 1000).encode()
    for _ in range((100 << 20) // len(block) + 1):
        f.write(block)
random.seed(1)
w("word-5mb.txt", "".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(5 << 20)))
w("nested-100k.html", "<html><body>" + "<div>" * 100000 + "<p>" + P + "</p>" + "</div>" * 100000 + "</body></html>")
w("entity-chain-5mb.html", "<html><body><p>" + P + "&amp;" + "amp;" * 1000000 + "</p><p>" + "&#x1F600;" * 100000 + "</p></body></html>")
w("attribute-10mb.html", '<html><body><p title="' + "x" * (10 << 20) + '">' + P + "</p></body></html>")
w("nul-first-8k.txt", "\x00" + P)
w("nul-after-8k.txt", P * 200 + "\x00" * 10 + P)
w("control-chars.txt", P + "".join(chr(c) for c in range(1, 32)) + "\x7f\x85\u2028\u2029\ufeff\u200b" + P)
w("invalid-utf8.txt", P.encode() + b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" + P.encode())
mixed = "Caf\u00e9 owners said: ".encode() + "\u201cprices rose\u201d ".encode("cp1252") + P.encode()
w("utf8+cp1252.txt", mixed)
w("utf8+cp1252.html", b"<html><body><p>" + mixed + b"</p></body></html>")
w("utf16le-bom.txt", b"\xff\xfe" + ("Caf\u00e9 " + P).encode("utf-16-le"))
w("utf16be-bom.html", b"\xfe\xff" + ("<html><body><p>Caf\u00e9 " + P + "</p></body></html>").encode("utf-16-be"))
w("utf16-no-bom.txt", ("Caf\u00e9 " + P).encode("utf-16-le"))
w("rtl-cjk-emoji.txt", "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u00ab\u0644\u0627\u00bb. \u5916\u4ea4\u90e8\u53d1\u8a00\u4eba\u8868\u793a\uff0c\u300c\u8c08\u5224\u5df2\u7ecf\u505c\u6ede\u300d\u3002 \U0001F600\U0001F1FA\U0001F1E6 said \U0001F468\u200D\U0001F469\u200D\U0001F467 Putin\U0001F600. \U00020000 \u05e9\u05dc\u05d5\u05dd " + P)
w("image.png.txt", b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
w("archive.zip.html", b"PK\x03\x04\x14\x00" + b"\x00" * 40)
w("open-quotes.txt", "He said \"no. She said \u201cyes. They said \u00abperhaps. It said 'maybe. Er sagte \u201eja. \u300c\u306f\u3044. \u2018single. \u2039angle. " + P + "\u201d\u201d\u00bb\u00bb\u300d\u300d\"\"\" ")
many = os.path.join(os.path.dirname(d), "many")
for i in range(10000):
    sub = os.path.join(many, "d%02d" % (i % 100))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "f%05d.txt" % i), "w") as f:
        f.write("Document %d. The mayor of Springfield said on Tuesday that the bridge would reopen in May, officials told Reuters.\n" % i)
EOF
mkdir -p "$T/vanish" && cp "$IN/control-chars.txt" "$T/vanish/a.txt" && ln -s "$T/vanish/gone" "$T/vanish/b.txt"

summary() { # out err status -> outcome
  python3 - "$1" "$2" "$3" "$T" <<'EOF'
import json, sys
out, err, status, tmp = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
recs = []
with open(out, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            recs.append(json.loads(line))
errs = [l.rstrip().replace(tmp + "/in/", "").replace(tmp + "/", "") for l in open(err, encoding="utf-8") if l.strip()]
if len(recs) > 1:
    bad = sum(1 for r in recs if "error" in r)
    print(f"exit {status}: {len(recs)} records, {bad} errors; stderr {len(errs)} lines" + (f": `{errs[0][:100]}`" if errs else ""))
elif recs:
    r = recs[0]
    if "error" in r:
        print(f"exit {status}: `{errs[0][:160] if errs else r['error']}`")
    else:
        warn = f"; `{errs[0][:100]}`" if errs else ""
        print(f"exit {status}: body {len(r['body']):,} chars, {len(r.get('sentences', []))} sentences, "
              f"{len(r.get('entities', []))} entities, {len(r.get('attributions', []))} attributions{warn}")
else:
    print(f"exit {status}: no record" + (f"; `{errs[0][:100]}`" if errs else ""))
EOF
}

row() { # label args...
  local label=$1; shift
  local status=0
  /usr/bin/time -f "%e %M" -o "$T/time" java -Xmx"$XMX" -jar "$JAR" "$@" > "$T/out" 2> "$T/err" || status=$?
  read -r secs kb < <(tail -1 "$T/time")
  printf '| %s | %s | %s s | %s MB |\n' "$label" "$(summary "$T/out" "$T/err" "$status")" "$secs" "$((kb / 1024))"
}

size() { numfmt --to=iec --suffix=B "$(stat -c %s "$1")"; }

echo "java -Xmx$XMX -jar $JAR analyze --format jsonl INPUT; $(java -version 2>&1 | head -1); $(nproc) CPUs"
echo
echo "| input | outcome | wall | peak RSS |"
echo "|---|---|---|---|"
for f in empty.txt whitespace.txt huge-100mb.txt word-5mb.txt nested-100k.html entity-chain-5mb.html \
    attribute-10mb.html nul-first-8k.txt nul-after-8k.txt control-chars.txt invalid-utf8.txt \
    utf8+cp1252.txt utf8+cp1252.html utf16le-bom.txt utf16be-bom.html utf16-no-bom.txt \
    rtl-cjk-emoji.txt image.png.txt archive.zip.html open-quotes.txt; do
  row "\`$f\` ($(size "$IN/$f"))" analyze --format jsonl "$IN/$f"
done
row "\`huge-100mb.txt\` with \`--max-bytes 200000000\`" analyze --format jsonl --max-bytes 200000000 "$IN/huge-100mb.txt"
row "100 MB on stdin (\`-\`)" analyze --format jsonl - < "$IN/huge-100mb.txt"
row "\`/dev/zero\` (endless, size 0)" analyze --format jsonl /dev/zero
row "directory of 10,000 files" analyze --format jsonl "$T/many"
row "directory, one file gone after listing (dangling link)" analyze --format jsonl "$T/vanish"

# stdout closed early: byline's own exit status and stderr, through a real pipe
start=$(date +%s%N)
set +o pipefail
java -Xmx"$XMX" -jar "$JAR" analyze --format jsonl "$T/many" 2> "$T/err" | head -1 > /dev/null
status=${PIPESTATUS[0]}
set -o pipefail
ms=$((($(date +%s%N) - start) / 1000000))
printf '| `analyze <10,000 files> \\| head -1` | exit %s, stderr %s bytes | %d.%01d s | - |\n' \
  "$status" "$(stat -c %s "$T/err")" $((ms / 1000)) $((ms % 1000 / 100))

# Memory per input byte: allocation and retained heap of one analysis, for documents of 10 KB..10 MB
cat > "$T/PerByte.java" <<'EOF'
import io.github.byline.Byline;
import io.github.byline.pipeline.Analysis;
import io.github.byline.seeds.Seeds;
import io.github.byline.text.Document;
import java.lang.management.ManagementFactory;

public class PerByte {
  public static void main(String[] args) {
    var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Byline byline = Byline.builder().stripBoilerplate().entities().attributions().build();
    StringBuilder prose = new StringBuilder();
    for (Seeds.Seed s : Seeds.all()) prose.append(s.text()).append("\n\n");
    for (int i = 0; i < 5; i++) byline.analyze(Document.of(text(prose.toString(), 30_000)));
    System.out.println("| document | body kept | allocated | allocated per input byte | retained by the result | time |");
    System.out.println("|---|---|---|---|---|---|");
    for (String a : args) {
      int size = Integer.parseInt(a);
      String text = text(prose.toString(), size);
      long before = used();
      long a0 = mx.getCurrentThreadAllocatedBytes();
      long t0 = System.nanoTime();
      Analysis an = byline.analyze(Document.of(text));
      long t = System.nanoTime() - t0;
      long alloc = mx.getCurrentThreadAllocatedBytes() - a0;
      long retained = used() - before - 2L * text.length(); // the input itself is not counted
      System.out.printf("| %,d chars | %,d chars | %,.1f MB | %,.0f B | %,.1f MB (%,.0f B per byte) | %.1f s |%n", size,
          an.body().length(), alloc / 1e6, (double) alloc / size, retained / 1e6, (double) retained / size, t / 1e9);
    }
  }

  /** The seed articles repeated to {@code size} chars, every paragraph made unique (copies are boilerplate). */
  static String text(String prose, int size) {
    StringBuilder sb = new StringBuilder(size + prose.length());
    for (int copy = 1; sb.length() < size; copy++) {
      for (String para : prose.split("\n")) {
        sb.append(para.isBlank() ? "" : "(" + copy + ") " + para).append('\n');
      }
    }
    return sb.substring(0, size);
  }

  static long used() {
    for (int i = 0; i < 3; i++) System.gc();
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
EOF
echo
javac -d "$T" -cp "$JAR" "$T/PerByte.java"
java -Xmx3g -cp "$JAR:$T" PerByte ${SIZES:-10000 100000 1000000 10000000}
