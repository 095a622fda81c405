package io.github.byline.attribution;

import io.github.byline.entities.EntityExtractor;
import io.github.byline.pipeline.Pipeline;

class DebugMain {
  public static void main(String[] args) throws Exception {
    String text = args.length > 0 ? args[0] : new String(System.in.readAllBytes());
    System.out.println(Quotes.find(text));
    var p =
        Pipeline.builder()
            .add(EntityExtractor.standard())
            .add(AttributionDetector.standard())
            .build();
    var a = p.analyze(text);
    for (var s : a.sentences().spans()) System.out.println("S " + s + " " + s.in(text));
    for (var at : a.attributions()) System.out.println(at);
    Words w = Words.of(text, 0, text.length());
    AttributionDetector.standard().tag(w);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.size; i++)
      sb.append(text, w.start[i], w.end[i]).append('/').append(w.pos[i]).append(' ');
    System.out.println(sb);
  }
}
