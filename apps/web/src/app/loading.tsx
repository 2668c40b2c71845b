export default function Loading() {
  return (
    <p className="state" aria-busy="true">
      読み込み中… Loading…
    </p>
  );
}
