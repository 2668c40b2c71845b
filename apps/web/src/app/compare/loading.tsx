export default function Loading() {
  return (
    <div aria-busy="true" className="skeleton">
      <p className="state">読み込み中… Loading…</p>
      <div className="skeleton-block" />
      <div className="skeleton-block" />
    </div>
  );
}
