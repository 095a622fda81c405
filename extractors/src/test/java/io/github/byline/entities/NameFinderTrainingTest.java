package io.github.byline.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training is part of the product: formats, determinism, and models that save and load. */
class NameFinderTrainingTest {

  private static List<NameSample> tiny() throws Exception {
    return NameSamples.read(
        Path.of(NameFinderTrainingTest.class.getResource("/entities/tiny.onlp").toURI()));
  }

  @Test
  void readsNameSamplesWithDocumentBoundaries() throws Exception {
    List<NameSample> s = tiny();
    assertEquals(10, s.size());
    assertTrue(s.get(0).isClearAdaptiveDataSet());
    assertTrue(s.get(5).isClearAdaptiveDataSet());
    assertEquals("PER", s.get(0).getNames()[0].getType());
    assertEquals("MISC", s.get(3).getNames()[0].getType());
  }

  @Test
  void readsConllWithIob1AndIob2(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.conll");
    Files.writeString(
        f,
        "-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n"
            + "in IN O O\nEU NNP I-NP I-ORG\n\nBonn NNP I-NP I-LOC\n");
    List<NameSample> s = NameSamples.read(f);
    assertEquals(2, s.size());
    assertEquals("[0..2) PER", s.get(0).getNames()[0].toString());
    assertEquals("[3..4) ORG", s.get(0).getNames()[1].toString());
    assertEquals("LOC", s.get(1).getNames()[0].getType());
  }

  @Test
  void mapsGroningenTagsToConll() {
    String[] toks = {"British", "troops"};
    var one = new opennlp.tools.util.Span(0, 1);
    assertEquals("MISC", NameSamples.mapType("gpe", toks, one));
    assertEquals("LOC", NameSamples.mapType("geo", toks, one));
    assertEquals(null, NameSamples.mapType("tim", toks, one));
    assertEquals("MISC", NameSamples.mapType("eve", toks, one));
  }

  @Test
  void aModelWithClusterResourcesSavesLoadsAndIsDeterministic() throws Exception {
    NameFinderTrainer trainer = new NameFinderTrainer(5, 0, NameFinderTrainer.DEFAULT_DESCRIPTOR);
    TokenNameFinderModel a = trainer.train(tiny());
    TokenNameFinderModel b = trainer.train(tiny());
    ByteArrayOutputStream outA = new ByteArrayOutputStream();
    a.serialize(outA);
    TokenNameFinderModel loaded =
        new TokenNameFinderModel(new ByteArrayInputStream(outA.toByteArray()));
    String[] sentence = {"Sergei", "Chemezov", "runs", "Rostec", "in", "Moscow", "."};
    assertArrayEquals(new NameFinderME(a).find(sentence), new NameFinderME(loaded).find(sentence));
    assertArrayEquals(new NameFinderME(a).find(sentence), new NameFinderME(b).find(sentence));
  }

  @Test
  void refusesADescriptorWithADoctypeSoNoExternalEntityIsRead() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<featureGenerators name=\"x\">&e;</featureGenerators>";
    org.junit.jupiter.api.Assertions.assertThrows(
        java.io.IOException.class,
        () ->
            NameFinderTrainer.checkDescriptor(
                xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
