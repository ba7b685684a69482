import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../../state/documentStore';
import { MoveController } from './moveSession';
import { boardWorkshop, NEW, placed, REL } from './testBoard';

function setUp(doc = boardWorkshop([placed('replicas', NEW, 0)])) {
  const documents = createDocumentStore(doc);
  const said: string[] = [];
  const controller = new MoveController(documents, (text) => said.push(text));
  const roadmap = () => documents.getState().doc?.roadmap;
  const undoCount = () => documents.temporal.getState().pastStates.length;
  return { documents, controller, said, roadmap, undoCount, doc };
}

const cell = (trackId: string, columnIndex: number, index = 0) =>
  ({ kind: 'cell', trackId, columnIndex, index }) as const;

describe('MoveController', () => {
  it('shows every preview on the live board and records the drag as one undo entry', () => {
    const { controller, roadmap, undoCount, documents, said } = setUp();
    controller.start('failover');
    controller.preview(cell(REL, 0));
    controller.preview(cell(REL, 1));
    controller.preview(cell(REL, 2));
    expect(roadmap()?.placements.find((p) => p.itemId === 'failover')?.periodIndex).toBe(2);
    expect(undoCount()).toBe(0);

    expect(controller.finish()).toBe('moved');
    expect(undoCount()).toBe(1);
    expect(said).toEqual(["Placed 'Regional failover' in 2027 Q3, Reliability / performance"]);
    documents.getState().undo();
    expect(roadmap()?.placements.map((p) => p.itemId)).toEqual(['replicas']);
  });

  it('computes each preview from the board as it was, so wandering leaves no trace', () => {
    const { controller, roadmap, doc } = setUp();
    controller.start('replicas');
    controller.preview(cell(REL, 3));
    controller.preview({ kind: 'backlog' });
    controller.preview(null);
    expect(roadmap()).toBe(doc.roadmap);
  });

  it('records nothing when the item is dropped where it started', () => {
    const { controller, undoCount, doc, roadmap, said } = setUp();
    controller.start('replicas');
    controller.preview(cell(NEW, 2));
    controller.preview(cell(NEW, 0));
    expect(controller.finish()).toBe('unchanged');
    expect(undoCount()).toBe(0);
    expect(roadmap()).toBe(doc.roadmap);
    expect(said).toEqual(["Cancelled. 'Postgres read replicas' stays in 2027 Q1, New services."]);
  });

  it('puts the board back when cancelled, and when dropped outside every target', () => {
    const { controller, roadmap, doc, undoCount } = setUp();
    controller.start('replicas');
    controller.preview(cell(REL, 1));
    controller.cancel();
    expect(roadmap()).toBe(doc.roadmap);

    controller.start('replicas');
    controller.preview(cell(REL, 1));
    controller.preview(null);
    expect(controller.finish()).toBe('unchanged');
    expect(roadmap()).toBe(doc.roadmap);
    expect(undoCount()).toBe(0);
  });

  it('refuses undo in the middle of a drag', () => {
    const { controller, documents, roadmap } = setUp();
    documents.getState().changeRoadmap((r) => ({ ...r, periodCount: 5 }));
    controller.start('replicas');
    controller.preview(cell(REL, 1));
    documents.getState().undo();
    expect(roadmap()?.periodCount).toBe(5);
    controller.finish();
    documents.getState().undo();
    documents.getState().undo();
    expect(roadmap()?.periodCount).toBe(4);
  });
});
